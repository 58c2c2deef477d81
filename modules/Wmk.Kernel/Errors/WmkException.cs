namespace Wmk.Kernel.Errors;

/// <summary>
/// An error the user should read: it carries a resource key (and arguments) that the edge translates into the
/// request's language, and the HTTP status it maps to.
/// </summary>
public class WmkException(int status, Type resourceType, string key, params object[] args) : Exception(key)
{
    /// <summary>The HTTP status (400, 403, 404, 409, 422).</summary>
    public int Status { get; } = status;

    /// <summary>The resource class holding <see cref="Key"/>.</summary>
    public Type ResourceType { get; } = resourceType;

    /// <summary>The resource key of the message.</summary>
    public string Key { get; } = key;

    /// <summary>Format arguments for the message.</summary>
    public IReadOnlyList<object> Args { get; } = args;

    /// <summary>Field-level errors (field → resource keys), for validation failures.</summary>
    public IDictionary<string, string[]> FieldErrors { get; init; } = new Dictionary<string, string[]>();
}

/// <summary>422: a business rule refuses the request.</summary>
public sealed class BusinessRuleException(Type resourceType, string key, params object[] args)
    : WmkException(422, resourceType, key, args);

/// <summary>404: the thing does not exist in this tenant (never says whether it exists elsewhere).</summary>
public sealed class NotFoundException(Type resourceType, string key, params object[] args)
    : WmkException(404, resourceType, key, args);

/// <summary>409: someone else changed it first, or it already exists.</summary>
public sealed class ConflictException(Type resourceType, string key, params object[] args)
    : WmkException(409, resourceType, key, args);
