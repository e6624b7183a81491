using System.Globalization;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// Where each value and property name of a JSON text starts, as a tree shaped like the text: an array keeps one offset
/// per element (and a node only for the elements that are objects or arrays), an object one node per property.
/// </summary>
/// <remarks>
/// A map from every pointer string to its offset cost about 80 bytes a value: a 16 MiB plan file of millions of empty
/// strings peaked at 796 MB to place its diagnostics. Here an array's scalar costs 4 bytes, and a pointer is found by
/// walking its segments.
/// </remarks>
internal sealed class JsonPositions
{
    private readonly Node _root = new(-1, -1);
    private readonly Stack<Node> _open = new();
    private string? _pendingName;
    private int _pendingNameOffset = -1;

    /// <summary>A property name at <paramref name="offset"/>; its value comes next.</summary>
    public void Name(string name, int offset)
    {
        _pendingName = name;
        _pendingNameOffset = offset;
    }

    /// <summary>A value starting at <paramref name="offset"/>; an object or array is then open until <see cref="Close"/>.</summary>
    public void Value(int offset, bool isArray, bool isObject)
    {
        var node = Place(offset, isArray || isObject);
        if (isArray || isObject)
        {
            node ??= new Node(offset, -1);
            if (isArray)
            {
                node.Items = [];
            }
            else
            {
                node.Properties = new(StringComparer.Ordinal);
            }

            _open.Push(node);
        }
    }

    /// <summary>The innermost open object or array ends.</summary>
    public void Close()
    {
        if (_open.Count > 0)
        {
            _open.Pop();
        }
    }

    /// <summary>The offset of the value at <paramref name="pointer"/> (or of its name, with <paramref name="atName"/>, when it has one).</summary>
    public bool TryFind(string pointer, bool atName, out int offset)
    {
        offset = -1;
        var node = _root;
        if (pointer.Length == 0)
        {
            offset = node.Value;
            return offset >= 0;
        }

        if (pointer[0] != '/')
        {
            return false;
        }

        var start = 1;
        while (true)
        {
            var end = pointer.IndexOf('/', start);
            var last = end < 0;
            var segment = pointer[start..(last ? pointer.Length : end)];
            if (node.Items is { } items)
            {
                if (!IsIndex(segment, out var index) || index >= items.Count)
                {
                    return false;
                }

                if (last)
                {
                    offset = items[index];
                    return true;
                }

                if (node.Containers is null || !node.Containers.TryGetValue(index, out node!))
                {
                    return false;
                }
            }
            else if (node.Properties is { } properties)
            {
                if (!properties.TryGetValue(Unescape(segment), out var child))
                {
                    return false;
                }

                if (last)
                {
                    offset = atName && child.Name >= 0 ? child.Name : child.Value;
                    return true;
                }

                node = child;
            }
            else
            {
                return false;
            }

            start = end + 1;
        }
    }

    // Records a value in the open container (the first of two equal keys wins, as the pointer map did); the node when
    // one is needed to hold what lies inside or the property's name.
    private Node? Place(int offset, bool container)
    {
        if (_open.Count == 0)
        {
            if (_root.Value >= 0)
            {
                return null;
            }

            _root.Value = offset;
            return _root;
        }

        var parent = _open.Peek();
        if (parent.Items is { } items)
        {
            items.Add(offset);
            if (!container)
            {
                return null;
            }

            var element = new Node(offset, -1);
            (parent.Containers ??= [])[items.Count - 1] = element;
            return element;
        }

        var node = new Node(offset, _pendingNameOffset);
        var added = parent.Properties!.TryAdd(_pendingName ?? string.Empty, node);
        _pendingName = null;
        _pendingNameOffset = -1;
        return added || container ? node : null;
    }

    private static bool IsIndex(string segment, out int index)
    {
        index = -1;
        return segment.Length > 0 && (segment == "0" || segment[0] != '0')
            && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out index);
    }

    private static string Unescape(string segment) =>
        segment.Contains('~', StringComparison.Ordinal) ? segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal) : segment;

    private sealed class Node(int value, int name)
    {
        public int Value { get; set; } = value;

        public int Name { get; } = name;

        public List<int>? Items { get; set; }

        public Dictionary<int, Node>? Containers { get; set; }

        public Dictionary<string, Node>? Properties { get; set; }
    }
}
