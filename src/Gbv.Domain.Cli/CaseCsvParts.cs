using System.Buffers;
using System.Text;
using Gbv.Domain.Cases;
using Gbv.Domain.Diagnostics;
using Gbv.Domain.Evaluation;
using Microsoft.Win32.SafeHandles;

namespace Gbv.Domain.Cli;

/// <summary>
/// A cases CSV file read in parts split at line boundaries, each part on its own thread (as
/// <see cref="CasePartitions{T}"/>), from UTF-8 bytes: the fast way for the plain files most systems write. It gives
/// the same cases and the same diagnostics, word for word and at the same lines, as <see cref="DataFiles.Cases"/>,
/// which stays the reader for everything else: it is not used for a file it cannot be sure of (a UTF-16 file, a header
/// it does not read exactly), and a part that meets a quote, a carriage return that does not end a line, a line
/// without every column or more bad rows than allowed throws <see cref="FallBack"/>, for the command to read the file
/// the ordinary way from the start.
/// </summary>
internal sealed partial class CaseCsvParts : IDisposable
{
    /// <summary>The columns of a cases file, in the order their values are checked (and bad ones reported).</summary>
    private static readonly string[] Columns = [.. CaseField.All.Select(f => f.Csv)];

    private const int BufferSize = 1 << 20;

    private static ReadOnlySpan<byte> Utf8Mark => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16BigEndian => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf16LittleEndian => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf32BigEndian => [0, 0, 0xFE, 0xFF];

    private readonly string _path;
    private readonly SafeFileHandle _file;
    private readonly long _length;
    private readonly int[] _ordinals;
    private readonly int _fieldCount;
    private readonly DataFiles _files;
    private readonly bool _hideValues;
    private readonly Action<double>? _progress;
    private readonly Part[] _parts;
    private readonly Lock _lock = new();
    private readonly CaseIdFilter _ids;
    private readonly HashSet<ulong> _candidates = [];
    private long _done;
    private int _running;
    private volatile bool _abandoned;

    private CaseCsvParts(string path, SafeFileHandle file, long length, int[] ordinals, int fieldCount, long[] bounds, DataFiles files, bool hideValues, Action<double>? progress)
    {
        _path = path;
        _file = file;
        _length = length;
        _ordinals = ordinals;
        _fieldCount = fieldCount;
        _files = files;
        _hideValues = hideValues;
        _progress = progress;
        _ids = new CaseIdFilter(files.IdFilterBlockBits);
        _parts = [.. bounds.Zip(bounds.Skip(1), (from, to) => new Part(from, to))];
        _running = _parts.Length;
        Partitions = new CasePartitions<CaseRow>(_parts.Select((_, i) => Read(i)));
    }

    /// <summary>The cases, in parts: each part's one row, filled again for each line (count it before the next).</summary>
    public CasePartitions<CaseRow> Partitions { get; }

    /// <summary>
    /// The parts of a file whose header this reader reads exactly as <see cref="DataFiles"/> would (UTF-8, no quotes,
    /// every column named once), or null: then the ordinary reader reads it and says what is wrong with its header.
    /// </summary>
    /// <param name="path">The cases file.</param>
    /// <param name="files">Where the problems of the rows go once every part is read, in the file's order.</param>
    /// <param name="hideValues">Whether bad values are left out of diagnostics.</param>
    /// <param name="progress">Told the share of the file read (0 to 1) now and then.</param>
    /// <param name="partSize">About how many bytes a part holds.</param>
    public static CaseCsvParts? TryOpen(string path, DataFiles files, bool hideValues, Action<double>? progress, long partSize = 4 << 20)
    {
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            var length = RandomAccess.GetLength(file);
            var head = new byte[(int)Math.Min(length, 1 << 16)];
            head = head[..RandomAccess.Read(file, head, 0)];
            var start = head.AsSpan().StartsWith(Utf8Mark) ? 3 : 0;
            var newline = head.AsSpan(start).IndexOf((byte)'\n');

            // UTF-16 and UTF-32 marks, or a header longer than the first 64 KiB: the ordinary reader decides.
            if (newline < 0 || head.AsSpan().StartsWith(Utf16BigEndian) || head.AsSpan().StartsWith(Utf16LittleEndian) || head.AsSpan().StartsWith(Utf32BigEndian))
            {
                file.Dispose();
                return null;
            }

            var header = head.AsSpan(start, newline);
            header = header.EndsWith((byte)'\r') ? header[..^1] : header;
            if (header.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) >= 0 || header.IndexOfAny("\";|"u8) >= 0)
            {
                file.Dispose();
                return null;
            }

            var names = Encoding.ASCII.GetString(header).Split(',');
            var nonEmpty = names.Where(n => n.Length > 0).ToList();
            var ordinals = Columns.Select(c => Array.IndexOf(names, c)).ToArray();
            if (nonEmpty.Count != nonEmpty.Distinct(StringComparer.Ordinal).Count() || ordinals.Any(o => o < 0))
            {
                file.Dispose();
                return null;
            }

            var dataStart = (long)start + newline + 1;
            var count = (int)Math.Clamp((length - dataStart) / Math.Max(1, partSize), 1, 256);
            var bounds = new List<long> { dataStart };
            for (var i = 1; i < count; i++)
            {
                var target = dataStart + ((length - dataStart) * i / count);
                if (NextLine(file, target, length) is { } at && at > bounds[^1] && at < length)
                {
                    bounds.Add(at);
                }
            }

            bounds.Add(Math.Max(length, dataStart));
            return new CaseCsvParts(path, file, length, ordinals, names.Length, [.. bounds], files, hideValues, progress);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public void Dispose() => _file.Dispose();

    // The start of the first line that begins at or after a position, if one does within 64 KiB.
    private static long? NextLine(SafeFileHandle file, long position, long length)
    {
        var window = new byte[(int)Math.Min(1 << 16, length - position + 1)];
        var read = RandomAccess.Read(file, window, position - 1);
        var at = window.AsSpan(0, read).IndexOf((byte)'\n');
        return at < 0 ? null : position + at;
    }

    private IEnumerable<CaseRow> Read(int index)
    {
        var part = _parts[index];
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var offset = part.From;
            var filled = 0;
            while (true)
            {
                if (_abandoned)
                {
                    throw new FallBack();
                }

                var got = RandomAccess.Read(_file, buffer.AsSpan(filled, (int)Math.Min(buffer.Length - filled, part.To - offset)), offset);
                if (buffer.AsSpan(filled, got).IndexOf((byte)'"') >= 0)
                {
                    throw Abandon();
                }

                offset += got;
                filled += got;
                var last = offset >= part.To || got == 0;
                var consumed = 0;
                while (true)
                {
                    var end = buffer.AsSpan(consumed, filled - consumed).IndexOf((byte)'\n');
                    if (end < 0 && !(last && consumed < filled))
                    {
                        break;
                    }

                    var length = end < 0 ? filled - consumed : end;
                    part.Records++;
                    var record = Line(part, buffer.AsSpan(consumed, length));
                    consumed += end < 0 ? length : length + 1;
                    if (record is not null)
                    {
                        yield return record;
                    }
                }

                Report(consumed);
                if (last)
                {
                    break;
                }

                // A line longer than the buffer is no case: the ordinary reader says what it is.
                if (consumed == 0)
                {
                    throw Abandon();
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        Fold(part);
        if (Interlocked.Decrement(ref _running) == 0)
        {
            Merge();
        }
    }

    private FallBack Abandon()
    {
        _abandoned = true;
        return new FallBack();
    }

    private void Report(long bytes)
    {
        if (_progress is { } progress)
        {
            lock (_lock)
            {
                _done += bytes;
                progress((double)_done / Math.Max(1, _length));
            }
        }
    }

    // A part read: its ids into the file's filter, once per part (not per case), and its list let go.
    private void Fold(Part part)
    {
        lock (_lock)
        {
            _ids.AddAll(part.Ids.Hashes, _candidates);

            // More candidates than bad rows allowed: repeats for certain, or a file past what the filter is for.
            if (_candidates.Count > Math.Max(1024, _files.BadRowsLeft))
            {
                throw Abandon();
            }
        }

        part.Ids.Clear();
    }

    // Every part read: their problems in the file's order, each at its line (the header is line 1, no line is blank).
    private void Merge()
    {
        if (_parts.Sum(p => p.BadRows) > _files.BadRowsLeft || (_candidates.Count > 0 && Repeats()))
        {
            throw new FallBack();
        }

        var problems = new List<Diagnostic>();
        long before = 0;
        foreach (var part in _parts)
        {
            foreach (var (record, ordinal, text, expected) in part.Problems)
            {
                var line = (int)Math.Min(int.MaxValue, 1 + before + record);
                problems.Add(expected.NotMetBy(new SourceLocation(_path, string.Empty, line, ordinal + 1),
                    DiagnosticText.QuotedValue(_hideValues ? null : text), Columns[Array.IndexOf(_ordinals, ordinal)]));
            }

            before += part.Records;
        }

        _files.AddCaseRows(problems, _parts.Sum(p => p.BadRows));
    }
}
