using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Wmk.Accounts.Data;
using Wmk.Accounts.Domain;

namespace Wmk.Accounts.Features.OAuth.Keys;

/// <summary>
/// Loads the server's RSA key for one use from the database, creating it once; the private key is stored
/// protected with DataProtection (whose keys are in the database too), so every host and restart agrees.
/// </summary>
internal sealed class SigningKeyStore(AccountsDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("Wmk.Accounts.OAuth.ServerKeys");

    public RsaSecurityKey GetOrCreate(string use)
    {
        var row = db.SigningKeys.AsNoTracking().SingleOrDefault(k => k.Use == use) ?? Create(use);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(protector.Unprotect(row.ProtectedKey)), out _);
        return new RsaSecurityKey(rsa) { KeyId = row.Id.ToString("N") };
    }

    private SigningKey Create(string use)
    {
        using var rsa = RSA.Create(2048);
        var row = new SigningKey
        {
            Use = use,
            ProtectedKey = protector.Protect(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey())),
            CreatedAt = clock.GetUtcNow(),
        };
        db.SigningKeys.Add(row);
        try
        {
            db.SaveChanges();
            return row;
        }
        catch (DbUpdateException)
        {
            // Another host created it first: use theirs.
            db.ChangeTracker.Clear();
            return db.SigningKeys.AsNoTracking().Single(k => k.Use == use);
        }
    }
}
