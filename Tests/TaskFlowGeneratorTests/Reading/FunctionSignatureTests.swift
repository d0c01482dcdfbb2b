import Testing
@testable import TaskFlowGenerator

@Suite struct FunctionSignatureTests {
    @Test(arguments: [
        ("func f() {}", "f()"),
        ("func reserveQuota(context: RequestContext, size: Int, type: VolumeType) async throws -> [Reservation]",
         "reserveQuota(context context: RequestContext, size size: Int, type type: VolumeType) async throws -> [Reservation]"),
        ("func f(_ x: Int, for y: String, _: Bool, _ _: Double, a _: Float) {}",
         "f(_ x: Int, for y: String, _ _: Bool, _ _: Double, a _: Float)"),
        ("func f(x: Int = 1, y: [String: Int] = [:], z: Dictionary<String, Int> = Dictionary<String, Int>(), w: Int) {}",
         "f(x x: Int =, y y: [String:Int] =, z z: Dictionary<String,Int> =, w w: Int)"),
        ("func f(x: inout Int, y: Int..., z: @escaping @Sendable (Int) -> Void) {}",
         "f(x x: inout Int, y y: Int..., z z: @escaping @Sendable (Int)->Void)"),
        ("func f() rethrows -> Int", "f() rethrows -> Int"),
        ("func f() throws(MyError) -> Int", "f() throws(MyError) -> Int"),
        ("func f() async throws(Cinder.Failure) {}", "f() async throws(Cinder.Failure)"),
        ("func f() -> Void {}", "f()"),
        ("func f() -> () {}", "f()"),
        ("func f() -> (a: Int, b: String) {}", "f() -> (a:Int,b:String)"),
        ("func f() -> (Int) async throws -> [String]? {}", "f() -> (Int)async throws->[String]?"),
        ("func f() -> some Collection<Int> {}", "f() -> some Collection<Int>"),
        ("func f() -> any Error & Sendable {}", "f() -> any Error&Sendable"),
        ("func f() -> Result<[Int], any Error>.Type {}", "f() -> Result<[Int],any Error>.Type"),
        ("func f() -> @Sendable () -> Void {}", "f() -> @Sendable ()->Void"),
        ("func f<T: Equatable, U>(x: T) -> U where U: Collection, U.Element == T {}",
         "f<T:Equatable,U> where U:Collection,U.Element==T(x x: T) -> U"),
        ("func f<each T>(_ x: repeat each T) -> (repeat each T) {}",
         "f<each T>(_ x: repeat each T) -> (repeat each T)"),
        ("func f(x: Int /* the count */, y: String // trailing\n) {}", "f(x x: Int, y y: String)"),
        ("func `default`(`in` `class`: Int) {}", "default(in class: Int)"),
        ("func f(x: borrowing Int, y: consuming String, z: sending T) {}",
         "f(x x: borrowing Int, y y: consuming String, z z: sending T)"),
        ("func f(x: [Int: (String, Int)]? = nil, y: () -> Void = { print(1, 2) }) {}",
         "f(x x: [Int:(String,Int)]? =, y y: ()->Void =)"),
        ("func f(x: Int = a < b ? 1 : 2, y: Int) {}", "f(x x: Int =, y y: Int)"),
        ("func f(x: Int) -> Int? // done\n{ nil }", "f(x x: Int) -> Int?"),
        ("func f() -> ~Copyable {}", "f() -> ~Copyable"),
        ("func f(x: (inout Int) -> Void) {}", "f(x x: (inout Int)->Void)"),
        ("func f<let n: Int, T>(\n  x: InlineArray<n, T>\n) -> T {}", "f<let n:Int,T>(x x: InlineArray<n,T>) -> T"),
    ])
    func readsTheSignatureAsWritten(source: String, summary: String) throws {
        let function = try #require(read(source).functions.first)
        #expect(function.summary == summary)
    }

    @Test(arguments: [
        ("static func == (lhs: A, rhs: A) -> Bool", "=="),
        ("static func ==<T>(lhs: T, rhs: T) -> Bool", "=="),
        ("prefix func -(x: A) -> A", "-"),
        ("static func <(lhs: A, rhs: A) -> Bool", "<"),
        ("static func ..< (lhs: A, rhs: A) -> R", "..<"),
        ("infix func <=> (lhs: A, rhs: A) -> Int", "<=>"),
    ])
    func readsOperatorNames(source: String, name: String) throws {
        let function = try #require(read(source).functions.first)
        #expect(function.name == name)
        #expect(function.parameters.count >= 1)
    }

    @Test func readsStaticClassModifiersAndAttributes() throws {
        let file = read("""
            struct S {
                @MainActor @available(iOS 13, *) public static func a() {}
                @discardableResult nonisolated(unsafe) mutating func b() -> Int { 1 }
            }
            class C { class func c() {} ; final class func d() {} }
            """)
        #expect(file.functions.map(\.name) == ["a", "b", "c", "d"])
        #expect(file.functions.map(\.isStatic) == [true, false, true, true])
        #expect(file.functions[0].attributes == ["@MainActor", "@available"])
        #expect(file.functions[0].modifiers == ["public"])
        #expect(file.functions[1].modifiers == ["nonisolated", "mutating"])
        #expect(file.functions[3].modifiers == ["final"])
    }

    @Test func recordsParameterFlagsAndLocations() throws {
        let function = try #require(read("func f(\n  a b: inout Int,\n  c: Int...) {}").functions.first)
        #expect(function.parameters.map(\.isInout) == [true, false])
        #expect(function.parameters.map(\.isVariadic) == [false, true])
        #expect(function.parameters.map(\.location.line) == [2, 3])
        #expect(function.parameters.map(\.location.column) == [3, 3])
        #expect(function.nameLocation == SourceLocation(file: "t.swift", line: 1, column: 6))
    }

    @Test func keepsAGenericFunctionsClauseAndReadsNoGenericClauseOtherwise() {
        let file = read("func a<T>(x: T) {}\nfunc b(x: Int) {}")
        #expect(file.functions.map(\.genericClause) == ["<T>", nil])
    }
}
