package org.vigil.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.shared.NeedToKnow;
import org.vigil.shared.Role;
import org.vigil.shared.web.PageText;

/** Administrators' account pages: list, create, disable and enable, reset a password. */
@Controller
@RequestMapping("/admin/accounts")
@NeedToKnow(value = NeedToKnow.Kind.HQ_ONLY, why = "administrators only; accounts are not mission-bound")
class AdminAccountsController {

    private final Accounts accounts;
    private final AccountDirectory directory;

    AdminAccountsController(Accounts accounts, AccountDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("emails", directory.emails());
        return "admin/accounts";
    }

    /** The address alerts are e-mailed to; empty clears it. */
    @PostMapping("/{username}/email")
    String setEmail(
            @PathVariable String username, @RequestParam(required = false) String email, RedirectAttributes redirect) {
        try {
            directory.setEmail(username, email);
            redirect.addFlashAttribute("message", PageText.of("flash.account.emailSaved", username));
        } catch (AccountProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", new AccountForm("", "", List.of(), ""));
        model.addAttribute("roles", Role.values());
        return "admin/account-form";
    }

    /** The form as typed, kept to show it again with the problem. Missions: one id per line or comma-separated. */
    record AccountForm(String username, String displayName, List<Role> roles, String missions) {

        NewAccount toNewAccount() {
            Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
            Set<String> ids = missions == null
                    ? Set.of()
                    : Set.copyOf(Arrays.stream(missions.split("[,\\s]+"))
                            .filter(s -> !s.isBlank())
                            .toList());
            return new NewAccount(username, displayName, chosen, ids);
        }
    }

    @PostMapping
    String create(AccountForm form, Model model) {
        try {
            Accounts.WithPassword created = accounts.create(form.toNewAccount(), null);
            model.addAttribute("account", created.account());
            model.addAttribute("password", created.password());
            model.addAttribute("what", "created");
            return "admin/account-password";
        } catch (AccountProblem problem) {
            model.addAttribute("form", form);
            model.addAttribute("roles", Role.values());
            model.addAttribute("error", problem.getMessage());
            model.addAttribute("errorField", problem.field());
            return "admin/account-form";
        }
    }

    @GetMapping("/{username}/access")
    String accessForm(@PathVariable String username, Model model) {
        Account account = accounts.find(username).orElseThrow(() -> new Accounts.AccountNotFound(username));
        model.addAttribute("account", account);
        model.addAttribute(
                "form",
                new AccountForm(
                        account.username(),
                        account.displayName(),
                        List.copyOf(account.roles()),
                        String.join("\n", account.missions())));
        model.addAttribute("roles", Role.values());
        return "admin/account-access";
    }

    /** Other roles and missions for an account; its open sessions end so that they apply at once. */
    @PostMapping("/{username}/access")
    String changeAccess(
            @PathVariable String username,
            AccountForm form,
            @AuthenticationPrincipal VigilUser me,
            Model model,
            RedirectAttributes redirect) {
        Account account = accounts.find(username).orElseThrow(() -> new Accounts.AccountNotFound(username));
        try {
            NewAccount wanted =
                    new AccountForm(username, account.displayName(), form.roles(), form.missions()).toNewAccount();
            accounts.changeAccess(username, wanted.roles(), wanted.missions(), me.username());
            redirect.addFlashAttribute("message", PageText.of("flash.account.accessSaved", username));
            return "redirect:/admin/accounts";
        } catch (AccountProblem problem) {
            model.addAttribute("account", account);
            model.addAttribute("form", new AccountForm(username, account.displayName(), form.roles(), form.missions()));
            model.addAttribute("roles", Role.values());
            model.addAttribute("error", problem.getMessage());
            return "admin/account-access";
        }
    }

    @PostMapping("/{username}/enable")
    String enable(@PathVariable String username, @AuthenticationPrincipal VigilUser me, RedirectAttributes redirect) {
        return setEnabled(username, true, me, redirect);
    }

    @PostMapping("/{username}/disable")
    String disable(@PathVariable String username, @AuthenticationPrincipal VigilUser me, RedirectAttributes redirect) {
        return setEnabled(username, false, me, redirect);
    }

    private String setEnabled(String username, boolean enabled, VigilUser me, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(username, enabled, me.username());
            redirect.addFlashAttribute(
                    "message", PageText.of(enabled ? "flash.account.enabled" : "flash.account.disabled", username));
        } catch (AccountProblem problem) {
            redirect.addFlashAttribute("error", problem.getMessage());
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{username}/password")
    String resetPassword(@PathVariable String username, Model model) {
        Accounts.WithPassword reset = accounts.resetPassword(username);
        model.addAttribute("account", reset.account());
        model.addAttribute("password", reset.password());
        model.addAttribute("what", "reset");
        return "admin/account-password";
    }
}
