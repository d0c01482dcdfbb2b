#if os(Linux)
extension A.B<Int>: P where T == Int {
#else
extension A.C {
#endif
  /** Doc.
   * - Task: t
   */
  @MainActor public static func f() throws(E) -> (a: Int, b: String) { (1, "") }
}
struct `Type` { func `init`() {} ; subscript(i: Int) -> Int { i } }
enum Café { case a; func naïve() -> Int? { nil } }
static func ==<T>(lhs: T, rhs: T) -> Bool
