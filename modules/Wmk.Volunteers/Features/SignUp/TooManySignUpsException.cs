using Wmk.Kernel.Errors;

namespace Wmk.Volunteers.Features.SignUp;

/// <summary>429: the organisation's hourly window of public sign-ups is full.</summary>
internal sealed class TooManySignUpsException() : WmkException(429, typeof(VolunteersResource), "SignUp:TooMany");
