package org.vigil.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.registry.ImportReport;
import org.vigil.registry.RegistryTransfer;
import org.vigil.shared.InvalidInputException;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Scope;
import org.vigil.shared.registryfile.InvalidRegistryException;
import org.vigil.shared.registryfile.RegistryFiles;

/** The registry as one file in the analysis contract's format. */
@RestController
@RequestMapping("/api/v1/registry")
@Tag(name = "Registry file")
class RegistryFileApi {

    private final RegistryTransfer transfer;

    RegistryFileApi(RegistryTransfer transfer) {
        this.transfer = transfer;
    }

    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import a registry file (administrators)",
            description = "All or nothing: an invalid file is refused with every problem listed. Idempotent by id.")
    @NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only; returns counts, no records")
    ImportReport importFile(HttpServletRequest request) throws IOException, InvalidRegistryException {
        if (request.getContentLengthLong() > RegistryFiles.MAX_BYTES) {
            throw new InvalidInputException(
                    "body", "the file is larger than " + RegistryFiles.MAX_BYTES / (1024 * 1024) + " MB; split it");
        }
        try (InputStream in =
                new org.vigil.shared.LimitedInputStream(request.getInputStream(), RegistryFiles.MAX_BYTES)) {
            return transfer.importFile(in);
        } catch (org.vigil.shared.LimitedInputStream.TooLargeException e) {
            throw new InvalidInputException(
                    "body", "the file is larger than " + RegistryFiles.MAX_BYTES / (1024 * 1024) + " MB; split it");
        }
    }

    @GetMapping(value = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Export the registry file", description = "Only the missions and people the caller may see.")
    @NeedToKnow(value = NeedToKnow.Kind.MISSION_SCOPED, why = "export filtered by the caller's scope")
    ResponseEntity<byte[]> export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegistryFiles.write(transfer.export(Scope.current()), out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vigil-registry.json\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(out.toByteArray());
    }
}
