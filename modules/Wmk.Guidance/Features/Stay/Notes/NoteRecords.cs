using Wmk.Guidance.Domain;

namespace Wmk.Guidance.Features.Stay.Notes;

internal sealed record NoteInput(string? Text, NoteVisibility Visibility);

internal sealed record NoteView(Guid Id, DateOnly WrittenOn, NoteVisibility Visibility, string Text, string? Author);
