using KnowledgeGraph.Tests.Foundation;
using NUnit.Framework;

namespace KnowledgeGraph.Tests;

/// <summary>
/// Removes the run's temporary folders once every test is done, so repeated runs do not fill the
/// temporary directory (single tests keep their files until then, for a look after a failure).
/// </summary>
[SetUpFixture]
public sealed class TestRunFolder
{
    [OneTimeTearDown]
    public void DeleteRunFolder()
    {
        try
        {
            if (Directory.Exists(KgRunner.RunTempRoot)) Directory.Delete(KgRunner.RunTempRoot, recursive: true);
        }
        catch (IOException e) { TestContext.Progress.WriteLine($"could not remove {KgRunner.RunTempRoot}: {e.Message}"); }
        catch (UnauthorizedAccessException e) { TestContext.Progress.WriteLine($"could not remove {KgRunner.RunTempRoot}: {e.Message}"); }
    }
}
