using System.Text;
using Gbv.Domain.Cases;

namespace Gbv.Domain.Cli;

/// <summary>A part of the file, and the signal to read the file the ordinary way.</summary>
internal sealed partial class CaseCsvParts
{
    /// <summary>Thrown when the file is to be read the ordinary way; never seen by a user.</summary>
    internal sealed class FallBack : Exception
    {
        public FallBack()
            : base("Read the cases file the ordinary way.")
        {
        }

        public FallBack(string message)
            : base(message)
        {
        }

        public FallBack(string message, Exception inner)
            : base(message, inner)
        {
        }
    }

    /// <summary>One part: its byte range, the lines it has read, its bad values (at local line numbers) and units seen.</summary>
    private sealed class Part(long from, long to)
    {
        private readonly Dictionary<string, string> _units = new(StringComparer.Ordinal);

        public long From { get; } = from;

        public long To { get; } = to;

        public long Records { get; set; }

        public int BadRows { get; set; }

        /// <summary>The part's one row, filled again for each line.</summary>
        public CaseRow Row { get; } = new();

        public List<(long Record, int Ordinal, string Text, Expected Expected)> Problems { get; } = [];

        /// <summary>
        /// The hashes of the part's case ids (empty ids are no ids), folded into the file's filter once the part is
        /// read: per part, so that reading a case takes no lock.
        /// </summary>
        public PartIds Ids { get; } = new();

        /// <summary>The unit's id, one string per distinct id: cases share it.</summary>
        public string Unit(ReadOnlySpan<byte> id)
        {
            Span<char> chars = stackalloc char[Math.Min(id.Length, 256)];
            if (id.Length > chars.Length)
            {
                return Encoding.ASCII.GetString(id);
            }

            var written = Encoding.ASCII.GetChars(id, chars);
            var lookup = _units.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(chars[..written], out var known))
            {
                return known;
            }

            var unit = new string(chars[..written]);
            _units[unit] = unit;
            return unit;
        }
    }

    /// <summary>
    /// A part's id hashes in arrays from the shared pool, given back once folded: a new array per part would leave
    /// every part's (large-object heap) garbage to the next full collection, and memory would grow with the file.
    /// </summary>
    private sealed class PartIds
    {
        private ulong[] _hashes = [];

        public int Count { get; private set; }

        public ReadOnlySpan<ulong> Hashes => _hashes.AsSpan(0, Count);

        public void Add(ulong hash)
        {
            if (Count == _hashes.Length)
            {
                var larger = System.Buffers.ArrayPool<ulong>.Shared.Rent(Math.Max(1 << 14, _hashes.Length * 2));
                Hashes.CopyTo(larger);
                Release();
                _hashes = larger;
            }

            _hashes[Count++] = hash;
        }

        /// <summary>Gives the array back.</summary>
        public void Clear()
        {
            Release();
            _hashes = [];
            Count = 0;
        }

        private void Release()
        {
            if (_hashes.Length > 0)
            {
                System.Buffers.ArrayPool<ulong>.Shared.Return(_hashes);
            }
        }
    }
}
