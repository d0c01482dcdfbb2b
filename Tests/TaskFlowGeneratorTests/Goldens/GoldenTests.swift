import Testing
import TaskFlowGenerator

@Suite struct GoldenTests {
    @Test(arguments: GeneratorFixtures.cases)
    func generatedFileMatchesItsGolden(_ name: String) throws {
        let sources = try GeneratorFixtures.inputs(of: name)
        let result = generateSwift(moduleName: GeneratorFixtures.moduleName(of: name), sources: sources)
        #expect(result.diagnostics.filter { $0.severity != .note }.map(\.description) == [])
        let file = try #require(result.file)
        try Snapshot.assertMatches(file, golden: GeneratorFixtures.goldenPath(of: name))
    }
}
