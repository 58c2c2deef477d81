using System.Text.Json;

namespace Wmk.Kernel.Emailing;

/// <summary>The stored form of an <see cref="EmailMessage"/> (System.Text.Json), e.g. in the outbox.</summary>
public static class EmailMessageJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Serializes a message.</summary>
    public static string Serialize(EmailMessage message) => JsonSerializer.Serialize(message, Options);

    /// <summary>Reads a message back; throws <see cref="JsonException"/> when the text is not one.</summary>
    public static EmailMessage Deserialize(string json) =>
        JsonSerializer.Deserialize<EmailMessage>(json, Options) ?? throw new JsonException("The JSON holds no e-mail message.");
}
