using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Stay.Notes;

/// <summary>
/// Who reads which note (<see cref="NoteVisibility"/>): staff read "staff" and "all", the client's partner counsellor reads
/// "counsellor only" and "all"; the author always reads their own note. A writer picks a visibility they can read.
/// </summary>
internal static class NoteAccess
{
    public static IReadOnlyList<NoteVisibility> Readable(bool isStaff, bool isClientsCounsellor) =>
    [
        .. isStaff ? [NoteVisibility.Staff] : Array.Empty<NoteVisibility>(),
        .. isClientsCounsellor ? [NoteVisibility.CounsellorOnly] : Array.Empty<NoteVisibility>(),
        .. isStaff || isClientsCounsellor ? [NoteVisibility.All] : Array.Empty<NoteVisibility>(),
    ];
}
