import Testing
import TaskFlowGenerator

@Suite struct PipelineTests {
    static let cases = GeneratorFixtures.cases.filter { $0 != "EmptyModule" }

    @Test(arguments: cases)
    func generatingTwiceGivesIdenticalBytes(_ name: String) throws {
        let sources = try GeneratorFixtures.inputs(of: name)
        let first = generateSwift(moduleName: "M", sources: sources)
        let second = generateSwift(moduleName: "M", sources: sources)
        #expect(first.file != nil)
        #expect(first.file == second.file)
    }

    @Test(arguments: cases)
    func theOrderOfTheInputFilesDoesNotChangeTheOutput(_ name: String) throws {
        let sources = try GeneratorFixtures.inputs(of: name)
        #expect(sources.count > 1)
        let forward = generateSwift(moduleName: "M", sources: sources)
        let backward = generateSwift(moduleName: "M", sources: sources.reversed())
        #expect(forward.file == backward.file)
        #expect(forward.diagnostics == backward.diagnostics)
    }

    @Test func anErrorMeansNoFile() {
        let source = SourceFile(path: "Broken.swift", text: """
            /// - Flow: broken
            ///   - tasks: nothing_by_that_name
            enum Broken {}

            """)
        let result = generateSwift(moduleName: "M", sources: [source])
        #expect(result.file == nil)
        #expect(result.diagnostics.containsError)
        #expect(result.diagnostics.first?.location.file == "Broken.swift")
    }

    @Test func everyFlowOfTheModuleIsEmittedInTypeOrder() throws {
        let sources = try GeneratorFixtures.inputs(of: "NestedFlows")
        let file = try #require(generateSwift(moduleName: "M", sources: sources).file)
        let allocate = try #require(file.range(of: "extension AllocateResources {"))
        let create = try #require(file.range(of: "extension CreateServer {"))
        #expect(allocate.lowerBound < create.lowerBound)
    }
}
