using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Wmk.Guidance.Data;
using Wmk.Guidance.Domain;
using Wmk.Guidance.Features.Intake.Checklists;
using Wmk.Guidance.Features.Intake.Conversations;
using Wmk.Host.Tests.Admin;
using Wmk.Kernel.Auditing;
using Wmk.Kernel.Data.Kernel;
using Wmk.Kernel.Security;
using Wmk.Testing;

namespace Wmk.Host.Tests.Guidance.Intake;

/// <summary>A fresh tenant with its coordinator, two staff members (Ann, Bert) and an invited candidate.</summary>
internal sealed record IntakeScene(WmkTestHost Host, TestTenant Tenant, HttpClient Coordinator, Member Ann, Member Bert, Guid Candidate)
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static async Task<IntakeScene> StartAsync(WmkTestHost host)
    {
        var tenant = await host.CreateTenantAsync();
        var ann = await MemberAsync(host, tenant, WmkRoles.Staff, "Ann Medewerker");
        var bert = await MemberAsync(host, tenant, WmkRoles.Staff, "Bert Medewerker");
        var candidate = await host.InTenantAsync(tenant.Info, sp => IntakeSeed.CandidateAsync(sp));
        return new IntakeScene(host, tenant, await AdminHttp.AdminOfAsync(host, tenant), ann, bert, candidate);
    }

    public static async Task<Member> MemberAsync(WmkTestHost host, TestTenant tenant, string role, string name)
    {
        var email = $"m-{Guid.NewGuid():N}@intake.test";
        var id = await host.InTenantAsync(tenant.Info, async sp =>
        {
            await sp.GetRequiredService<IAccountProvisioning>().EnsureMemberAsync(email, TestTenant.Password, name, [role]);
            return (await sp.GetRequiredService<IMemberDirectory>().FindByEmailAsync(email))!.AccountId;
        });
        return new Member(id, email, name);
    }

    public Task<HttpClient> SignInAsync(Member member) => AdminHttp.SignedInAsync(Host, member.Email, Tenant.Slug);

    public async Task<IReadOnlyList<ChecklistItemView>> ItemsAsync(ChecklistKind kind) =>
        (await Coordinator.GetFromJsonAsync<List<ChecklistView>>("/api/v1/guidance/checklists"))!.Single(c => c.Kind == kind).Items.Where(i => i.Active).ToList();

    /// <summary>An intake conversation by Ann and Bert: every active item green except the given reds (with a remark).</summary>
    public async Task<IntakeInput> IntakeAsync(
        IntakeOutcome outcome = IntakeOutcome.Accepted, int reds = 0, string? overrideReason = null, IntakeKind kind = IntakeKind.Intake)
    {
        var items = await ItemsAsync(IntakeRules.ChecklistOf(kind));
        return new IntakeInput(kind, Today.AddDays(-1), Ann.Id, Bert.Id, "Interne notities: gesprek liep vlot",
            [.. items.Select((i, n) => n < reds ? new AnswerInput(i.Id, AnswerColour.Red, "Rood: " + i.Text) : new AnswerInput(i.Id, AnswerColour.Green, null))],
            outcome, "Matching voor woning delen", outcome == IntakeOutcome.NotAccepted ? "Eerst schulden aanpakken" : null, overrideReason);
    }

    public Task<T> InTenantAsync<T>(Func<IServiceProvider, Task<T>> work) => Host.InTenantAsync(Tenant.Info, work);

    public Task<int> ConversationsAsync() => InTenantAsync(sp => sp.GetRequiredService<GuidanceDbContext>().IntakeConversations.CountAsync());

    public Task<int> AnswersAsync() => InTenantAsync(sp => sp.GetRequiredService<GuidanceDbContext>().ChecklistAnswers.CountAsync());

    public Task<Candidate> CandidateAsync(Guid? id = null) =>
        InTenantAsync(sp => sp.GetRequiredService<GuidanceDbContext>().Candidates.AsNoTracking().SingleAsync(c => c.Id == (id ?? Candidate)));

    public Task<List<AuditEntry>> AuditAsync() =>
        InTenantAsync(sp => sp.GetRequiredService<KernelDbContext>().AuditEntries.AsNoTracking().Where(a => a.EntityType == IntakeHandler.AuditType).ToListAsync());
}

internal sealed record Member(Guid Id, string Email, string Name);
