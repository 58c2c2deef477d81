using System.Globalization;
using Microsoft.Extensions.Configuration;
using Wmk.Kernel.Modularity;
using Wmk.Kernel.Settings;

namespace Wmk.Kernel.Emailing;

/// <summary>
/// Picks the current tenant's transport. The SMTP settings are read as one group from the first level that names a
/// host: the tenant's own values, else the host's configuration ("Settings:&lt;name&gt;"), each falling back to the
/// declared defaults only. Mixing levels per setting would hand the host's password to a tenant's server.
/// No host on either level: the pickup folder ("Email:PickupFolder", default ./data/mail-pickup).
/// </summary>
internal sealed class EmailTransportSelector(
    IValueManager tenantValues,
    DefinitionRegistry definitions,
    IConfiguration configuration,
    TimeProvider clock)
{
    public async Task<IEmailTransport> SelectAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(await tenantValues.GetTenantValueAsync(EmailSettingNames.SmtpHost, ct)))
        {
            return await SmtpAsync(async name => await tenantValues.GetTenantValueAsync(name, ct) ?? Default(name));
        }

        if (!string.IsNullOrWhiteSpace(configuration[Key(EmailSettingNames.SmtpHost)]))
        {
            return await SmtpAsync(name => Task.FromResult(configuration[Key(name)] ?? Default(name)));
        }

        return new PickupFolderEmailTransport(configuration["Email:PickupFolder"] ?? PickupFolderEmailTransport.DefaultFolder, clock);
    }

    private static string Key(string name) => $"Settings:{name}";

    private string? Default(string name) => definitions.GetValue(name).DefaultValue;

    private static async Task<IEmailTransport> SmtpAsync(Func<string, Task<string?>> read)
    {
        var host = (await read(EmailSettingNames.SmtpHost))!.Trim();
        var rawPort = await read(EmailSettingNames.SmtpPort);
        if (!int.TryParse(rawPort, NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new InvalidOperationException($"Setting '{EmailSettingNames.SmtpPort}' is not a port number: '{rawPort}'.");
        }

        var rawSecurity = await read(EmailSettingNames.SmtpSecurity);
        if (!Enum.TryParse<SmtpSecurityMode>(rawSecurity, ignoreCase: true, out var security) || !Enum.IsDefined(security))
        {
            throw new InvalidOperationException(
                $"Setting '{EmailSettingNames.SmtpSecurity}' must be None, StartTls or SslOnConnect, not '{rawSecurity}'.");
        }

        return new SmtpEmailTransport(new SmtpTransportOptions(
            host, port, security, await read(EmailSettingNames.SmtpUserName), await read(EmailSettingNames.SmtpPassword)));
    }
}
