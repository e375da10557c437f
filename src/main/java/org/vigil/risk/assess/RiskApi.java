package org.vigil.risk.assess;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.risk.RiskCategory;
import org.vigil.risk.assess.BaselineFactor.Baseline;
import org.vigil.risk.assess.RiskStore.Change;
import org.vigil.risk.assess.RiskStore.Override;
import org.vigil.risk.assess.RiskViews.BaselineCommand;
import org.vigil.risk.assess.RiskViews.CountryLevel;
import org.vigil.risk.assess.RiskViews.CountryRiskView;
import org.vigil.risk.assess.RiskViews.MissionLevel;
import org.vigil.risk.assess.RiskViews.MissionRiskView;
import org.vigil.risk.assess.RiskViews.OverrideCommand;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.NeedToKnow.Kind;
import org.vigil.shared.Scope;

/**
 * The risk picture's API. Mission risk is mission-scoped (404 outside the caller's missions); country risk and
 * baselines are reference data about countries. Overrides live under /api/v1/risk because writes under
 * /api/v1/missions are the registry's, for administrators only.
 */
@RestController
@Tag(name = "Risk")
class RiskApi {

    private final RiskService risk;

    RiskApi(RiskService risk) {
        this.risk = risk;
    }

    @GetMapping("/api/v1/missions/{id}/risk")
    @Operation(
            summary = "A mission's overall and per-category levels and scores, with their drivers, reductions, "
                    + "override and crosswalk")
    @NeedToKnow(value = Kind.MISSION_SCOPED, why = "read through Missions.find with the caller's scope")
    MissionRiskView missionRisk(@PathVariable String id) {
        return risk.missionRisk(Scope.current(), id);
    }

    @GetMapping("/api/v1/missions/{id}/risk/history")
    @Operation(summary = "Every change of a mission's levels (and score moves of 3 points or more), newest first")
    @NeedToKnow(value = Kind.MISSION_SCOPED, why = "as the mission's risk")
    List<Change> history(@PathVariable String id, @RequestParam(defaultValue = "90") int days) {
        return risk.history(Scope.current(), id, days);
    }

    @GetMapping("/api/v1/risk/missions")
    @Operation(summary = "The overall level of every mission the caller may see (for the map)")
    @NeedToKnow(value = Kind.MISSION_SCOPED, why = "missions listed through Missions.all with the caller's scope")
    List<MissionLevel> missionLevels() {
        return risk.missionLevels(Scope.current());
    }

    @GetMapping("/api/v1/risk/missions/{id}/overrides")
    @NeedToKnow(value = Kind.MISSION_SCOPED, why = "as the mission's risk")
    List<Override> overrides(@PathVariable String id) {
        return risk.overrides(Scope.current(), id);
    }

    @PostMapping("/api/v1/risk/missions/{id}/overrides")
    @Operation(
            summary = "Override a level (category, or null for overall) with a justification and an expiry "
                    + "(HQ analysts, directors, administrators); audited")
    @NeedToKnow(
            value = Kind.MISSION_SCOPED,
            why = "the mission is read in the caller's scope; the role is checked " + "in RiskService")
    ResponseEntity<Override> override(@PathVariable String id, @RequestBody OverrideCommand command) {
        Override created = risk.override(Scope.current(), id, command);
        return ResponseEntity.created(URI.create("/api/v1/risk/missions/" + id + "/overrides/" + created.id()))
                .body(created);
    }

    @DeleteMapping("/api/v1/risk/missions/{id}/overrides/{overrideId}")
    @Operation(summary = "Revoke an override before it expires; audited")
    @NeedToKnow(value = Kind.MISSION_SCOPED, why = "as creating one")
    Override revoke(@PathVariable String id, @PathVariable long overrideId) {
        return risk.revoke(Scope.current(), id, overrideId);
    }

    @GetMapping("/api/v1/risk/countries")
    @Operation(summary = "The overall level of the countries with a baseline or a visible mission (for the map)")
    @NeedToKnow(
            value = Kind.PUBLIC_REFERENCE,
            why = "country levels come from baselines and public event data; "
                    + "the list adds the host countries of the caller's own missions only")
    List<CountryLevel> countryLevels() {
        return risk.countryLevels(Scope.current());
    }

    @GetMapping("/api/v1/risk/countries/{code}")
    @Operation(summary = "A country's levels per category: its baseline and the conflict events in it")
    @NeedToKnow(value = Kind.PUBLIC_REFERENCE, why = "reference data about a country, bound to no mission")
    CountryRiskView countryRisk(@PathVariable String code) {
        return risk.countryRisk(code);
    }

    @GetMapping("/api/v1/risk/baselines")
    @NeedToKnow(value = Kind.PUBLIC_REFERENCE, why = "analysts' country baselines, bound to no mission")
    List<Baseline> baselines() {
        return risk.baselines(null);
    }

    @GetMapping("/api/v1/risk/baselines/{code}")
    @NeedToKnow(value = Kind.PUBLIC_REFERENCE, why = "as the list")
    List<Baseline> baselines(@PathVariable String code) {
        return risk.baselines(code);
    }

    @PutMapping("/api/v1/risk/baselines/{code}/{category}")
    @Operation(
            summary = "Set a country's baseline in a category, with its source and date (HQ analysts, "
                    + "directors, administrators); audited; the country's missions are recomputed")
    @NeedToKnow(value = Kind.HQ_ONLY, why = "HQ roles only, checked in RiskService")
    Baseline setBaseline(
            @PathVariable String code, @PathVariable String category, @RequestBody BaselineCommand command) {
        RiskCategory c;
        try {
            c = RiskCategory.valueOf(category.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("category", "one of " + java.util.Arrays.toString(RiskCategory.values()));
        }
        return risk.setBaseline(code, c, command);
    }
}
