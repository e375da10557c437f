package org.vigil.ingest.web;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.vigil.ingest.pipeline.PipelineStatus;
import org.vigil.shared.NeedToKnow;

/**
 * The operator page of the live pipeline: rates of accepted, analysed, quiet items and signals per minute, the queue's
 * depth against its bound and its lag, as charts refreshed every few seconds from {@code status.json} (the same figures
 * as {@code GET /api/v1/pipeline/status}, answered on the page chain so that the signed-in session reads them).
 */
@Controller
@RequestMapping("/admin/pipeline")
@NeedToKnow(
        value = NeedToKnow.Kind.HQ_ONLY,
        why = "administrators only (URL rules for /admin/**): volumes per process, no item, signal or mission")
class PipelinePages {

    private final PipelineStatus status;

    PipelinePages(PipelineStatus status) {
        this.status = status;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("status", status.status());
        return "admin/pipeline";
    }

    @GetMapping(path = "/status.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    PipelineStatus.Status json() {
        return status.status();
    }
}
