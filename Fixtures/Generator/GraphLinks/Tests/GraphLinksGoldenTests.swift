import Testing
import TaskFlow

/// Runs the generated wiring of `release_build` (a graph flow with a link).
@Suite struct GraphLinksGoldenTests {
    @Test func tasksRunInDataOrderAndTheLinkMakesLintWaitForCompile() async throws {
        let log = Log()
        let outputs = try await ReleaseBuild.run(ReleaseBuild.Inputs(strict: false, url: "git://x"), context: log)
        #expect(outputs.source == "src(git://x)")
        #expect(outputs.binary == "bin(src(git://x))")
        #expect(outputs.artifact == "pkg(bin(src(git://x)))")
        #expect(log.all == ["fetch", "compile", "lint", "package"])
    }

    @Test func aFailedPackageRevertsItselfAndTheCompile() async throws {
        let log = Log()
        do {
            _ = try await ReleaseBuild.run(ReleaseBuild.Inputs(strict: true, url: "git://xy"), context: log)
            Issue.record("a strict build with warnings should have failed")
        } catch let failure as FlowFailure {
            #expect(failure.failedTask == "package")
        }
        #expect(log.all == ["fetch", "compile", "lint", "package", "unpublish", "delete bin(src(git://xy))"])
    }

    @Test func theDiagramShowsTheDataArrowsAndTheLink() {
        #expect(ReleaseBuild.diagram.contains("-->|source|"))
        #expect(ReleaseBuild.diagram.contains("-.->"))
    }
}
