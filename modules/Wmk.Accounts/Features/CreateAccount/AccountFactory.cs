using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Wmk.Accounts.Domain;

namespace Wmk.Accounts.Features.CreateAccount;

/// <summary>Checks and creates global accounts; messages in the current UI culture.</summary>
internal sealed class AccountFactory(UserManager<Account> users, TimeProvider clock, IStringLocalizer<AccountsResource> texts)
{
    public async Task<IReadOnlyList<string>> ValidateNewAsync(string email, string password)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(email) || !new EmailAddressAttribute().IsValid(email) || email.Length > 256)
        {
            errors.Add(texts["Account:EmailInvalid"]);
            return errors;
        }

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            if (!await users.CheckPasswordAsync(existing, password))
            {
                errors.Add(texts["Account:ExistsOtherPassword"]);
            }

            return errors;
        }

        var probe = new Account { UserName = email, Email = email };
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, probe, password);
            errors.AddRange(result.Errors.Select(e => texts["Password:" + e.Code].ResourceNotFound ? e.Description : texts["Password:" + e.Code].Value));
        }

        return errors;
    }

    public async Task<Account> FindOrCreateAsync(string email, string password, bool hostAdmin = false, string? displayName = null)
    {
        var account = await users.FindByEmailAsync(email);
        if (account is not null)
        {
            return account;
        }

        account = new Account
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            IsHostAdmin = hostAdmin,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(account, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return account;
    }
}
