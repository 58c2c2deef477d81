using Wmk.Kernel.Jobs;

namespace Wmk.GroupMeetings.Features.Invitations;

/// <summary>Every day at 10:00 Brussels: the reminder to the residents of tomorrow's invited Woonclub sessions.</summary>
internal sealed class ReminderJob(InvitationsHandler invitations) : ITenantJob
{
    public const string Cron = "0 0 10 * * ?";

    public Task ExecuteAsync(TenantJobContext context, CancellationToken cancellationToken) => invitations.RemindAsync(cancellationToken);
}
