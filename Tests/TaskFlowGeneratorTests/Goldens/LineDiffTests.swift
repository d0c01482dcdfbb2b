import Testing

@Suite struct LineDiffTests {
    @Test func aChangedLineIsShownRemovedAndAddedWithContext() {
        let diff = LineDiff.describe(from: "a\nb\nc\nd\ne\nf\n", to: "a\nb\nc\nD\ne\nf\n")
        #expect(diff == """
            @@ line 4 @@
              b
              c
            - d
            + D
              e
              f
            """)
    }

    @Test func insertedAndDeletedLinesAreMarked() {
        let diff = LineDiff.describe(from: "one\ntwo\nthree\n", to: "one\nthree\nfour\n")
        #expect(diff.contains("- two"))
        #expect(diff.contains("+ four"))
        #expect(!diff.contains("- three"))
    }
}
