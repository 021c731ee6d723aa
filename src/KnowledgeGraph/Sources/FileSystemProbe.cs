using System.Runtime.InteropServices;

namespace KnowledgeGraph.Sources;

/// <summary>
/// File type and real path without opening the file. .NET's public file APIs cannot tell a
/// FIFO from a regular file (and opening a FIFO blocks until a writer comes), so on Unix the
/// runtime's own stat shim and the C library's realpath are asked directly.
/// </summary>
public static class FileSystemProbe
{
    // The runtime's FileStatus starts with two int32 fields, Flags and Mode; only Mode is read.
    [StructLayout(LayoutKind.Sequential)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        // The rest (times, device, inode, flags) is not read, but the buffer must be big enough.
        public long F0, F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, F11, F12;
    }

    private const int TypeMask = 0xF000, TypeRegular = 0x8000, TypeDirectory = 0x4000;

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int NativeStat(string path, out FileStatus status);

    [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
    private static extern IntPtr NativeRealPath(byte[] path, IntPtr resolved);

    [DllImport("libc", EntryPoint = "free")]
    private static extern void NativeFree(IntPtr p);

    /// <summary>The kind of what <paramref name="path"/> names, following symbolic links.</summary>
    public static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            if (Directory.Exists(path)) return FileKind.Directory;
            return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }
        if (NativeStat(path, out var status) != 0) return FileKind.Missing;
        return (status.Mode & TypeMask) switch
        {
            TypeRegular => FileKind.Regular,
            TypeDirectory => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    /// <summary>The canonical path (symbolic links, "." and ".." resolved), or the full path when that fails.</summary>
    public static string RealPath(string path)
    {
        if (OperatingSystem.IsWindows()) return Path.GetFullPath(path);
        var bytes = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        var p = NativeRealPath(bytes, IntPtr.Zero);
        if (p == IntPtr.Zero) return Path.GetFullPath(path);
        try { return Marshal.PtrToStringUTF8(p) ?? Path.GetFullPath(path); }
        finally { NativeFree(p); }
    }
}
