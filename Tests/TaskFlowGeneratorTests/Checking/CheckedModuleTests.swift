import Testing
@testable import TaskFlowGenerator

/// The example of `Docs/GeneratedCode.md`, checked end to end.
@Suite struct CheckedModuleTests {
    static var createVolume: TestModule {
        var module = TestModule(path: "Sources/Volumes/API.swift")
        module.imports = ["import TaskFlow", "import Foundation"]
        module.type(nil, ["RequestContext"], kind: "struct")
        module.type(nil, ["Reservation"], kind: "struct")
        module.function("""
             - Task: validate
               - provides: size
            """, "validateSize", ["raw_size: Int"], returns: "Int", throwing: true)
        module.function("""
             - Task: reserve_quota
               - requires: size, volume_type as type
               - provides: reservations
               - version: 1.2
               - revert: rollbackQuota
            """, "reserveQuota", ["context: RequestContext", "size: Int", "type: String"], returns: "[Reservation]",
            isAsync: true, throwing: true)
        module.function(nil, "rollbackQuota", ["context: RequestContext", "result: [Reservation]"], isAsync: true, throwing: true)
        module.type(nil, ["Database"], kind: "struct")
        module.function("""
             - Task: create_entry
               - provides: volume_id
               - revert: destroyEntry
            """, "createEntry", ["size: Int", "reservations: [Reservation]", "name: String = Database.defaultName"], returns: "String",
            owner: ["Database"], isAsync: true, throwing: true)
        module.function(nil, "destroyEntry", ["result: String?", "failure: RevertCause"], owner: ["Database"], isAsync: true)
        module.type("""
             - Flow: create_volume_api
               - tasks: validate, reserve_quota, create_entry
            """, ["CreateVolumeAPI"])
        return module
    }

    @Test func checksTheDocumentedExampleWithoutDiagnostics() throws {
        let result = Self.createVolume.check(named: "Volumes")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let flow = try #require(result.flow("CreateVolumeAPI"))
        #expect(flow.flow.name == "create_volume_api")
        #expect(flow.flow.pattern == .linear)
        #expect(flow.tasks.map(\.name) == ["validate", "reserve_quota", "create_entry"])
        #expect(flow.inputs == [SymbolInfo(name: "raw_size", type: "Int"), SymbolInfo(name: "volume_type", type: "String")])
        #expect(flow.optionalInputs == [SymbolInfo(name: "name", type: "String")])
        #expect(flow.outputs == [
            SymbolInfo(name: "size", type: "Int"), SymbolInfo(name: "reservations", type: "[Reservation]"),
            SymbolInfo(name: "volume_id", type: "String"),
        ])
        #expect(flow.contextType == "RequestContext")
        #expect(flow.owners == [OwnerParameter(name: "database", type: "Database")])
        #expect(flow.structure == .flow(name: "create_volume_api", pattern: .linear, links: [], children: [.task(0), .task(1), .task(2)]))
        #expect(flow.flow.annotationText == ["- Flow: create_volume_api", "  - tasks: validate, reserve_quota, create_entry"])
        #expect(result.module.imports == ["import Foundation"])
        #expect(result.module.moduleName == "Volumes")
    }

    @Test func buildsTaskModelsWithArgumentsRevertsAndVersions() throws {
        let flow = try #require(Self.createVolume.check().flow("CreateVolumeAPI"))
        let reserve = flow.tasks[1]
        #expect(reserve.function.signature == "reserveQuota(context:size:type:)")
        #expect(reserve.arguments == [
            .context(label: "context", type: "RequestContext"),
            .symbol(label: "size", symbol: "size", type: "Int", isOptional: false),
            .symbol(label: "type", symbol: "volume_type", type: "String", isOptional: false),
        ])
        #expect(reserve.version == Version(major: 1, minor: 2))
        #expect(reserve.isAsync && reserve.isThrowing)
        #expect(reserve.callEffect == .awaited)
        // Nothing written says where the free function `validateSize` runs.
        #expect(flow.tasks[0].callEffect == .awaitedIfIsolated)
        #expect(reserve.revert?.function.signature == "rollbackQuota(context:result:)")
        #expect(reserve.revert?.needsResult == true)
        let entry = flow.tasks[2]
        #expect(entry.optionalSymbols == ["name"])
        #expect(entry.function.isInstanceMethod)
        #expect(entry.revert?.arguments == [.result(label: "result", isOptional: true), .failure(label: "failure")])
        #expect(entry.revert?.needsResult == false)
        #expect(entry.annotationLocation.line == 14)
    }

    @Test func isDeterministic() {
        let first = Self.createVolume.check()
        let second = Self.createVolume.check()
        #expect(first.module == second.module)
        #expect(first.scan.json() == second.scan.json())
    }
}
