namespace MigDev.Core.Iati;

/// <summary>How far an import of several files has got (<see cref="IatiImporter.ImportFiles"/>): reported after every
/// 500 activities read and after each file.</summary>
/// <remarks>Immutable.</remarks>
public sealed class IatiImportProgress
{
    internal IatiImportProgress(string file, int fileNumber, int fileCount, int activities, bool fileDone)
    {
        File = file;
        FileNumber = fileNumber;
        FileCount = fileCount;
        Activities = activities;
        IsFileDone = fileDone;
    }

    /// <summary>Gets the file being read, as given.</summary>
    public string File { get; }

    /// <summary>Gets which file it is, from 1.</summary>
    public int FileNumber { get; }

    /// <summary>Gets how many files the import reads.</summary>
    public int FileCount { get; }

    /// <summary>Gets how many activities have been read so far, in all files.</summary>
    public int Activities { get; }

    /// <summary>Gets a value indicating whether <see cref="File"/> has been read to its end.</summary>
    public bool IsFileDone { get; }

    /// <summary>Returns a line such as <c>file 3 of 18 (dportal_116.xml): 300 activities read</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"file {FileNumber} of {FileCount} ({Path.GetFileName(File)}){(IsFileDone ? " read" : "")}: {Activities} activities read";
}
