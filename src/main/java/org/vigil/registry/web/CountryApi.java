package org.vigil.registry.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.registry.Countries;
import org.vigil.registry.CountryCommand;
import org.vigil.registry.CountryView;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.PageRequest;
import org.vigil.shared.PageResult;

/** ISO 3166-1 countries with their names in many languages. */
@RestController
@RequestMapping("/api/v1/countries")
@Tag(name = "Countries")
@NeedToKnow(value = NeedToKnow.Kind.PUBLIC_REFERENCE, why = "ISO reference data, the same for every user")
class CountryApi {

    private final Countries countries;

    CountryApi(Countries countries) {
        this.countries = countries;
    }

    @GetMapping
    PageResult<CountryView> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean includeRetired,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return countries.list(q, region, includeRetired, new PageRequest(page, size));
    }

    @GetMapping("/{code}")
    CountryView get(@PathVariable String code) {
        return countries.get(code);
    }

    @PostMapping
    ResponseEntity<CountryView> create(@Valid @RequestBody CountryCommand command) {
        CountryView created = countries.create(command);
        return ResponseEntity.created(URI.create("/api/v1/countries/" + created.code()))
                .body(created);
    }

    @PutMapping("/{code}")
    CountryView update(@PathVariable String code, @Valid @RequestBody CountryCommand command) {
        return countries.update(code, command);
    }

    @PostMapping("/{code}/retire")
    CountryView retire(@PathVariable String code) {
        return countries.retire(code);
    }
}
