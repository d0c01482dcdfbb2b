import Testing
@testable import TaskFlowGenerator

@Suite struct LockFileFormatTests {
    @Test func theLockListsDurableFlowsAndTheirTasksSortedOneEntryALine() {
        #expect(LockFixture.lockText == """
            {
              "format": 1,
              "targets": {
                "App": {
                  "flows": {
                    "checks": {
                      "children": [
                        "probes",
                        "record"
                      ],
                      "links": [],
                      "nested": {
                        "probes": {
                          "children": [
                            "audit",
                            "ping"
                          ],
                          "links": [],
                          "pattern": "graph"
                        }
                      },
                      "pattern": "linear",
                      "version": "1.0"
                    },
                    "quota": {
                      "children": [
                        "reserve",
                        "commit",
                        "notify"
                      ],
                      "links": [],
                      "pattern": "linear",
                      "version": "1.0"
                    }
                  },
                  "tasks": {
                    "audit": {
                      "parameters": [
                        "size: Int"
                      ],
                      "provides": [],
                      "requires": [
                        "size"
                      ],
                      "returns": "Void",
                      "revert": null,
                      "version": "1.0"
                    },
                    "commit": {
                      "parameters": [
                        "held: [Reservation]"
                      ],
                      "provides": [
                        "committed"
                      ],
                      "requires": [
                        "reservations as held"
                      ],
                      "returns": "Bool",
                      "revert": null,
                      "version": "1.0"
                    },
                    "notify": {
                      "parameters": [
                        "tag: String"
                      ],
                      "provides": [],
                      "requires": [
                        "tag"
                      ],
                      "returns": "Void",
                      "revert": null,
                      "version": "1.0"
                    },
                    "ping": {
                      "parameters": [
                        "size: Int"
                      ],
                      "provides": [],
                      "requires": [
                        "size"
                      ],
                      "returns": "Void",
                      "revert": null,
                      "version": "1.0"
                    },
                    "record": {
                      "parameters": [
                        "size: Int"
                      ],
                      "provides": [],
                      "requires": [
                        "size"
                      ],
                      "returns": "Void",
                      "revert": null,
                      "version": "1.0"
                    },
                    "reserve": {
                      "parameters": [
                        "context: RequestContext",
                        "size: Int"
                      ],
                      "provides": [
                        "reservations"
                      ],
                      "requires": [
                        "size"
                      ],
                      "returns": "[Reservation]",
                      "revert": "(result: [Reservation])",
                      "version": "1.0"
                    }
                  }
                }
              }
            }

            """)
    }

    @Test func aLockReadsBackAsTheSameLock() throws {
        let text = LockFixture.lockText
        let lock = try LockFile(json: text)
        #expect(lock.json() == text)
        #expect(lock.targets["App"]?.flows["checks"]?.nested["probes"]?.pattern == "graph")
    }

    @Test func lockingATargetKeepsTheOtherTargetsEntries() throws {
        let other = LockFileText(path: "taskflow.lock", text: LockFixture.lockText.replacingOccurrences(of: "\"App\"", with: "\"Other\""))
        let result = lockSources(moduleName: "App", sources: [LockFixture.file(LockFixture.source)], existing: other)
        let lock = try LockFile(json: try #require(result.text))
        #expect(lock.targets.keys.sorted() == ["App", "Other"])
        #expect(lock.targets["App"] == lock.targets["Other"])
    }

    @Test func aTargetWithoutDurableFlowsHasNoEntry() throws {
        let plain = LockFixture.source.replacingOccurrences(of: "///   - durable: true\n", with: "")
        let result = lockSources(moduleName: "App", sources: [LockFixture.file(plain)], existing: nil)
        #expect(result.text == "{\n  \"format\": 1,\n  \"targets\": {}\n}\n")
    }

    @Test func sourcesWithAnErrorWriteNoLock() {
        let broken = LockFixture.edited("- tasks: reserve, commit, notify", "- tasks: reserve, commit, nowhere")
        let result = lockSources(moduleName: "App", sources: [LockFixture.file(broken)], existing: nil)
        #expect(result.text == nil)
        #expect(result.diagnostics.containsError)
    }

    @Test(arguments: [
        ("{\"format\": 1, \"targets\": {", "1:27: /pkg/taskflow.lock cannot be read: not JSON: expected a member name in quotes"),
        ("{\"format\": 1,\n \"targets\": []}", "2:13: /pkg/taskflow.lock cannot be read: 'targets' is an array, not an object"),
        ("{\"targets\": {}}", "1:1: /pkg/taskflow.lock cannot be read: the lock has no 'format'"),
        ("{\"format\": 2, \"targets\": {}}", "1:12: /pkg/taskflow.lock cannot be read: format 2 is not the format 1 this taskflow-gen reads; use the swift-taskflow that wrote it"),
        ("", "1:1: /pkg/taskflow.lock cannot be read: not JSON: unexpected end of file; expected a value"),
        (String(repeating: "[", count: 100), "1:65: /pkg/taskflow.lock cannot be read: not JSON: nested more than 64 levels deep"),
    ])
    func aMalformedLockIsAnErrorAtItsPlaceInTheFile(_ text: String, _ expected: String) {
        let found = checkSources(
            moduleName: "App", sources: [LockFixture.file(LockFixture.source)],
            lock: LockFileText(path: LockFixture.lockPath, text: text)).diagnostics
        let described = found.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        #expect(described.first?.hasSuffix("; fix it, or delete it and run 'swift package taskflow lock'") == true)
        #expect(described.map { $0.replacingOccurrences(of: "; fix it, or delete it and run 'swift package taskflow lock'", with: "") } == [expected])
        #expect(found.first?.location.file == LockFixture.lockPath)
        #expect(generateSwift(
            moduleName: "App", sources: [LockFixture.file(LockFixture.source)],
            lock: LockFileText(path: LockFixture.lockPath, text: text)).file == nil)
    }

    @Test func aTaskEntryWithAWrongVersionIsAnErrorAtTheVersion() {
        let text = LockFixture.lockText.replacingOccurrences(of: "\"revert\": \"(result: [Reservation])\",\n          \"version\": \"1.0\"", with: "\"revert\": \"(result: [Reservation])\",\n          \"version\": \"one\"")
        let found = LockFixture.diagnostics(LockFixture.source, lock: text)
        #expect(found.count == 1)
        #expect(found.first?.contains("the version of task 'reserve' is 'one', not MAJOR.MINOR") == true)
    }
}

@Suite struct LockFileRobustnessTests {
    /// Every byte of a valid lock replaced in turn by characters that break JSON: each result is
    /// read or rejected with a place inside the text, never a crash.
    @Test(arguments: ["\"", "{", "]", ",", "\\", "\n", "x", "\u{0}", "é"])
    func aDamagedLockIsRejectedAtAPlaceInsideTheText(_ replacement: String) {
        let text = Array(LockFixture.lockText.utf8)
        let lines = LockFixture.lockText.split(separator: "\n", omittingEmptySubsequences: false).count
        for offset in stride(from: 0, to: text.count, by: 7) {
            var damaged = text
            damaged.replaceSubrange(offset...offset, with: Array(replacement.utf8))
            do {
                _ = try LockFile(json: String(decoding: damaged, as: UTF8.self))
            } catch {
                #expect(error.line >= 1 && error.line <= lines + 1, "offset \(offset): \(error)")
                #expect(error.column >= 1, "offset \(offset): \(error)")
            }
        }
    }
}
