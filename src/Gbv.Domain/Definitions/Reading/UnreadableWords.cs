using Gbv.Domain.Diagnostics;

namespace Gbv.Domain.Definitions.Reading;

/// <summary>
/// Why a file cannot be read (GBV1000), in the tool's words in both languages. The operating system's message came
/// through .NET in English only ("Could not find file '...'", "Access to the path ... is denied"), so a Vietnamese
/// message carried an English sentence; the path is in the diagnostic's location already.
/// </summary>
internal static class UnreadableWords
{
    /// <summary>The reason for an exception from opening or reading <paramref name="path"/> (null for a stream).</summary>
    public static DiagnosticArgument Describe(Exception exception, string? path)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (path is not null && Directory.Exists(path))
        {
            return new("it is a folder, not a file", "đây là thư mục, không phải tệp");
        }

        return exception switch
        {
            FileNotFoundException => new("the file does not exist", "tệp không tồn tại"),
            DirectoryNotFoundException => new("a folder on its path does not exist", "một thư mục trên đường dẫn không tồn tại"),
            PathTooLongException => new("its path is too long", "đường dẫn quá dài"),
            UnauthorizedAccessException => new("permission to read it is denied", "không có quyền đọc tệp"),
            ArgumentException or NotSupportedException => new("its path is not a valid file path", "đường dẫn không phải đường dẫn tệp hợp lệ"),
            _ when path is null => new("reading the stream failed", "không đọc được luồng dữ liệu"),
            _ => new("the system could not read it (a device or network error, or the file is locked)", "hệ thống không đọc được tệp (lỗi thiết bị, lỗi mạng hoặc tệp đang bị khóa)"),
        };
    }
}
