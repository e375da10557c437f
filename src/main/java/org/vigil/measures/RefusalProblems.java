package org.vigil.measures;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused action of this module's API as an RFC 7807 problem: 403 (who) or 409 (state), with the reason. */
@RestControllerAdvice(basePackages = "org.vigil.measures")
class RefusalProblems {

    @ExceptionHandler(ActionRefused.class)
    ProblemDetail refused(ActionRefused e) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        pd.setTitle(e.status() == 403 ? "Not allowed" : "Not possible now");
        return pd;
    }
}
