using System.Text;

namespace Gbv.Domain.Cli;

/// <summary>
/// The case ids a cases file may have seen, in a fixed 16 MiB whatever the file's length: a split-block Bloom filter
/// (as Apache Parquet's: each id sets 8 bits, one in each 64-bit word of one 512-bit block). It answers "certainly new"
/// or "perhaps seen"; a "perhaps" is only a candidate, which the readers check exactly against the ids themselves
/// before saying anything (docs/performance.md: a repeated id is never reported falsely, and none is missed). At three
/// million distinct ids a "perhaps" for a new id is about one in ten million; it grows with the ids beyond that, and
/// then costs time (more candidates to check), never a wrong answer. Not thread-safe: the parts reader folds each
/// part's ids in under its lock once the part is read.
/// </summary>
internal sealed class CaseIdFilter
{
    /// <summary>2^18 blocks of eight 64-bit words: 16 MiB, allocated once; pages the ids never touch stay unmapped.</summary>
    public const int DefaultBlockBits = 18;

    private readonly int _blockBits;
    private readonly ulong[] _words;

    // Where the reads ahead of a batch go, so that they are not optimized away; never read.
    private ulong _touched;

    /// <summary>A filter of 2^<paramref name="blockBits"/> blocks of 64 bytes (0 to 24).</summary>
    public CaseIdFilter(int blockBits = DefaultBlockBits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(blockBits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(blockBits, 24);
        _blockBits = blockBits;
        _words = new ulong[(1 << blockBits) * 8];
    }

    /// <summary>The 64-bit hash of an id's UTF-8 bytes (stable from run to run, so a file is always read the same way).</summary>
    public static ulong Hash(ReadOnlySpan<byte> id)
    {
        var h = 14695981039346656037UL;
        foreach (var b in id)
        {
            // FNV-1a, then a finalizer that spreads every input bit over the word: the block and the bits come from it.
            h = unchecked((h ^ b) * 1099511628211UL);
        }

        h ^= h >> 33;
        h = unchecked(h * 0xff51afd7ed558ccdUL);
        h ^= h >> 33;
        h = unchecked(h * 0xc4ceb9fe1a85ec53UL);
        return h ^ (h >> 33);
    }

    /// <summary>As <see cref="Hash(ReadOnlySpan{byte})"/>, of an id's text.</summary>
    public static ulong Hash(string id)
    {
        Span<byte> bytes = stackalloc byte[256];
        return Encoding.UTF8.GetMaxByteCount(id.Length) <= bytes.Length
            ? Hash(bytes[..Encoding.UTF8.GetBytes(id, bytes)])
            : Hash(Encoding.UTF8.GetBytes(id));
    }

    /// <summary>
    /// Adds many hashes, and puts those that were perhaps seen into <paramref name="candidates"/>: as <see cref="Add"/>
    /// one by one, but the blocks of sixteen hashes are read before any is changed, so that their cache misses (the
    /// filter is far larger than any cache, and each hash lands in a block of its own) overlap instead of following
    /// one another; adding a part's ids one at a time was the largest single item of a run's profile.
    /// </summary>
    public void AddAll(ReadOnlySpan<ulong> hashes, ISet<ulong> candidates)
    {
        const int Batch = 16;
        for (var start = 0; start < hashes.Length; start += Batch)
        {
            var batch = hashes.Slice(start, Math.Min(Batch, hashes.Length - start));
            ulong touched = 0;
            foreach (var hash in batch)
            {
                // A block's first and last word: 64 bytes from an array's start may lie across two cache lines.
                var block = Block(hash);
                touched |= _words[block] | _words[block + 7];
            }

            _touched = touched;
            foreach (var hash in batch)
            {
                if (Add(hash))
                {
                    candidates.Add(hash);
                }
            }
        }
    }

    /// <summary>Adds an id's hash; true when every one of its bits was set already (perhaps seen: check it).</summary>
    public bool Add(ulong hash)
    {
        var block = Block(hash);
        var seen = true;
        var bits = unchecked((uint)hash);
        for (var i = 0; i < 8; i++)
        {
            // Eight odd multipliers (Parquet's salt) pick one bit of each word from the low half of the hash.
            var bit = 1UL << (int)(unchecked(bits * Salt[i]) >> 26);
            ref var word = ref _words[block + i];
            seen &= (word & bit) != 0;
            word |= bit;
        }

        return seen;
    }

    // The first word of a hash's block of eight.
    private int Block(ulong hash) => _blockBits == 0 ? 0 : (int)(hash >> (64 - _blockBits)) * 8;

    private static ReadOnlySpan<uint> Salt => [0x47b6137bU, 0x44974d91U, 0x8824ad5bU, 0xa2b7289dU, 0x705495c7U, 0x2df1424bU, 0x9efc4947U, 0x5c6bfb31U];

}
