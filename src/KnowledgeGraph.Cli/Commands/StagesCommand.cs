using System.CommandLine;
using KnowledgeGraph.Pipeline;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>kg stages: the stages of kg build, in the order they run (names for --skip-stage).</summary>
internal static class StagesCommand
{
    public static Command Create()
    {
        var resources = new Option<string[]>("--resources") { Description = "Folder of extra language resources, as for kg build" };
        var command = new Command("stages", "List the pipeline's stages in the order they run (names for kg build --skip-stage).") { resources };
        command.SetAction(parse =>
        {
            IReadOnlyList<PipelineStage> stages;
            try
            {
                stages = ExtractionPipeline.DefaultStages(new ExtractionOptions { Overlays = parse.GetValue(resources) ?? [] });
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException)
            {
                Console.Error.WriteLine($"kg stages: {ex.Message}");
                return 1;
            }
            foreach (var stage in stages)
                Console.WriteLine($"{stage.Name,-22} {stage.Step.ToString().ToLowerInvariant()}");
            return 0;
        });
        return command;
    }
}
