package org.vigil.accounts;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Role;

/** Accounts over the API, for administrators. A generated password is in the response once and nowhere else. */
@RestController
@RequestMapping("/api/v1/accounts")
@NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only; accounts are not mission-bound")
class AccountsApiController {

    private final Accounts accounts;
    private final ApiTokens tokens;

    AccountsApiController(Accounts accounts, ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** A new account; {@code password} may be left out to have one generated. */
    record CreateRequest(String username, String displayName, Set<Role> roles, Set<String> missions, String password) {}

    /** {@code password} is present only when Vigil generated it. */
    record WithPassword(Account account, String password) {}

    @GetMapping
    List<Account> list() {
        return accounts.list();
    }

    @GetMapping("/{username}")
    Account get(@PathVariable String username) {
        return accounts.find(username).orElseThrow(() -> new Accounts.AccountNotFound(username));
    }

    @PostMapping
    ResponseEntity<WithPassword> create(@RequestBody CreateRequest request) {
        Accounts.WithPassword created = accounts.create(
                new NewAccount(request.username(), request.displayName(), request.roles(), request.missions()),
                request.password() == null || request.password().isEmpty() ? null : request.password());
        String shown = request.password() == null || request.password().isEmpty() ? created.password() : null;
        return ResponseEntity.created(
                        URI.create("/api/v1/accounts/" + created.account().username()))
                .body(new WithPassword(created.account(), shown));
    }

    /** The roles and missions an administrator gives an account (replacing what it had). */
    record AccessRequest(java.util.Set<org.vigil.shared.Role> roles, java.util.Set<String> missions) {}

    @org.springframework.web.bind.annotation.PutMapping("/{username}/access")
    Account changeAccess(
            @PathVariable String username,
            @RequestBody AccessRequest request,
            org.springframework.security.core.Authentication auth) {
        return accounts.changeAccess(username, request.roles(), request.missions(), auth.getName());
    }

    @PostMapping("/{username}/enable")
    Account enable(@PathVariable String username, @AuthenticationPrincipal VigilUser me) {
        return accounts.setEnabled(username, true, me.username());
    }

    @PostMapping("/{username}/disable")
    Account disable(@PathVariable String username, @AuthenticationPrincipal VigilUser me) {
        return accounts.setEnabled(username, false, me.username());
    }

    @PostMapping("/{username}/password")
    WithPassword resetPassword(@PathVariable String username) {
        Accounts.WithPassword reset = accounts.resetPassword(username);
        return new WithPassword(reset.account(), reset.password());
    }

    record TokenRequest(String name) {}

    /** A token for a GATEWAY account (which has no pages to create one); shown in this response only. */
    @PostMapping("/{username}/tokens")
    ResponseEntity<ApiTokens.CreatedToken> gatewayToken(
            @PathVariable String username, @RequestBody(required = false) TokenRequest request) {
        ApiTokens.CreatedToken created = tokens.createForGateway(username, request == null ? null : request.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(created);
    }

    @ExceptionHandler(AccountProblem.class)
    ProblemDetail problem(AccountProblem problem) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                problem.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, problem.getMessage());
        if (problem.field() != null) {
            detail.setProperty("field", problem.field());
        }
        return detail;
    }

    @ExceptionHandler(Accounts.AccountNotFound.class)
    ProblemDetail notFound(Accounts.AccountNotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
