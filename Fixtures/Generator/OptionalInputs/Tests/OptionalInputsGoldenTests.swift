import Testing
import TaskFlow

/// Runs the generated wiring of `greeting`, whose task has defaulted parameters.
@Suite struct OptionalInputsGoldenTests {
    @Test func absentOptionalInputsLeaveTheDefaultsInPlace() async throws {
        let outputs = try await Greeting.run(
            Greeting.Inputs(country: "FR", name: "Ana", nickname: nil), context: Log())
        #expect(outputs.language == "fr")
        #expect(outputs.greeting == "Bonjour, Ana!")
    }

    @Test func givenOptionalInputsArePassed() async throws {
        let outputs = try await Greeting.run(
            Greeting.Inputs(country: "UK", name: "Ana", nickname: "Annie", title: "Dr", punctuation: "."),
            context: Log())
        #expect(outputs.greeting == "Hello, Dr Annie.")
    }

    @Test func theRevertGetsTheOptionalInputWhenGivenAndItsDefaultOtherwise() async throws {
        for (title, expected) in [("Sir", "forget Sir -"), (nil, "forget nobody -")] as [(String?, String)] {
            let log = Log()
            await #expect(throws: FlowFailure.self) {
                _ = try await Greeting.run(Greeting.Inputs(country: "UK", name: "", nickname: nil, title: title), context: log)
            }
            #expect(log.all.last == expected)
        }
    }

    @Test func metadataListsOptionalInputs() {
        #expect(Greeting.metadata.inputs == ["country", "name", "nickname"])
        #expect(Greeting.metadata.optionalInputs == ["title", "punctuation"])
    }
}
