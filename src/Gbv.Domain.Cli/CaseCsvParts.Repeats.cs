using System.Buffers;
using System.Text;

namespace Gbv.Domain.Cli;

/// <summary>The exact check of the ids the filter could not tell from ids seen before.</summary>
internal sealed partial class CaseCsvParts
{
    // The filter said "perhaps seen" for some ids: read the file's ids once more and compare those candidates' ids
    // themselves. True (read the file the ordinary way, which says which record repeats which) only when one really
    // repeats, or repeats a row with a bad value, which the ordinary reader does not count; a hash that two different
    // ids share is no repeat. Memory: the candidates' ids, never more than the bad rows allowed or 1,024.
    private bool Repeats()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var offset = _parts[0].From;
            var end = _parts[^1].To;
            var filled = 0;
            while (true)
            {
                var got = RandomAccess.Read(_file, buffer.AsSpan(filled, (int)Math.Min(buffer.Length - filled, end - offset)), offset);
                offset += got;
                filled += got;
                var last = offset >= end || got == 0;
                var consumed = 0;
                while (consumed < filled)
                {
                    var length = buffer.AsSpan(consumed, filled - consumed).IndexOf((byte)'\n');
                    if (length < 0 && !last)
                    {
                        break;
                    }

                    length = length < 0 ? filled - consumed : length;
                    if (Candidate(buffer.AsSpan(consumed, length)) is { } id && !seen.Add(id))
                    {
                        return true;
                    }

                    consumed += length + 1;
                }

                if (last)
                {
                    return false;
                }

                buffer.AsSpan(Math.Min(consumed, filled), filled - Math.Min(consumed, filled)).CopyTo(buffer);
                filled -= Math.Min(consumed, filled);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // A line's case id as the reading of its line took it (trimmed) when its hash is a candidate's; otherwise null.
    private string? Candidate(ReadOnlySpan<byte> line)
    {
        line = line.EndsWith((byte)'\r') ? line[..^1] : line;
        var column = 0;
        foreach (var range in line.Split((byte)','))
        {
            if (column++ != _ordinals[0])
            {
                continue;
            }

            var id = line[range];
            if (id.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0)
            {
                var text = Encoding.UTF8.GetString(id).Trim();
                return text.Length > 0 && _candidates.Contains(CaseIdFilter.Hash(text)) ? text : null;
            }

            id = id.Trim((byte)' ');
            return !id.IsEmpty && _candidates.Contains(CaseIdFilter.Hash(id)) ? Encoding.ASCII.GetString(id) : null;
        }

        return null;
    }
}
