import Foundation

/// The command line of `resilience-benchmarks`.
struct BenchmarkOptions: Sendable {
    /// Tiny sizes that run in seconds (CI).
    var quick = false
    /// Benchmark identifiers to run (`P1`, `P3`); empty means all.
    var only: [String] = []
    /// Size multipliers; `nil` means each benchmark's defaults.
    var scales: [Double]?
    /// Timed repetitions of each warm measurement (the median is reported).
    var repetitions = 5
    /// The seed of every generator.
    var seed: UInt64 = 20_240_401
    /// Where to write the generated data and the results for the Python reference.
    var dataDirectory: String?
    /// Run every case in this process instead of one child process per case.
    var inProcess = false
    /// Steps to run within a benchmark (e.g. `a,c` of P1), for profiling; empty means all.
    var stages: Set<String> = []
    /// Internal: this process is a child running exactly one benchmark at one scale.
    var child = false

    static let usage = """
        usage: resilience-benchmarks [--quick] [--only P1,P3] [--scale 1,2,4] [--repetitions N]
                                     [--seed N] [--write-data DIR] [--in-process]

          --quick          tiny sizes (seconds); what CI runs
          --only IDS       comma-separated benchmark identifiers (default: all available)
          --scale LIST     size multipliers (default: each benchmark's own, e.g. 1,2,4)
          --repetitions N  warm repetitions per measurement, median reported (default 5, quick 3)
          --seed N         seed of the synthetic data generators (default 20240401)
          --write-data DIR write the generated data and timings for Benchmarks/reference/*.py
          --in-process     run all cases in this process (for profilers); peak memory is then
                           the peak so far, not per case
          --stages LIST    run only these steps of a benchmark (P1: a,b,c,d,e; P4: parallel,serial,repeats),
                           for profiling
        """

    enum ParseError: Error, CustomStringConvertible {
        case unknown(String)
        case missingValue(String)
        case badValue(String, String)
        case help

        var description: String {
            switch self {
            case .unknown(let argument): return "unknown argument '\(argument)'"
            case .missingValue(let option): return "\(option) needs a value"
            case .badValue(let option, let value): return "\(option): '\(value)' is not valid"
            case .help: return ""
            }
        }
    }

    init() {}

    init(arguments: [String]) throws(ParseError) {
        var explicitRepetitions = false
        var index = 0
        func value(_ option: String) throws(ParseError) -> String {
            index += 1
            guard index < arguments.count else { throw .missingValue(option) }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "--quick": quick = true
            case "--in-process": inProcess = true
            case "--child": child = true
            case "--help", "-h": throw .help
            case "--only":
                only = try value(argument).split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces).uppercased()
                }
            case "--scale":
                let text = try value(argument)
                let parsed = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
                guard !parsed.isEmpty, parsed.count == text.split(separator: ",").count,
                    parsed.allSatisfy({ $0 > 0 && $0 <= 64 })
                else {
                    throw .badValue(argument, text)
                }
                scales = parsed
            case "--repetitions":
                let text = try value(argument)
                guard let count = Int(text), (1...1000).contains(count) else { throw .badValue(argument, text) }
                repetitions = count
                explicitRepetitions = true
            case "--seed":
                let text = try value(argument)
                guard let seed = UInt64(text) else { throw .badValue(argument, text) }
                self.seed = seed
            case "--stages":
                stages = Set(
                    try value(argument).split(separator: ",").map {
                        $0.trimmingCharacters(in: .whitespaces).lowercased()
                    })
            case "--write-data":
                dataDirectory = try value(argument)
            default:
                throw .unknown(argument)
            }
            index += 1
        }
        if quick && !explicitRepetitions { repetitions = 3 }
    }

    /// The arguments that make a child process run `benchmark` at `scale` with these options.
    func childArguments(benchmark: String, scale: Double) -> [String] {
        var arguments = [
            "--child", "--only", benchmark, "--scale", "\(scale)", "--repetitions", "\(repetitions)", "--seed",
            "\(seed)",
        ]
        if quick { arguments.append("--quick") }
        if let dataDirectory { arguments += ["--write-data", dataDirectory] }
        if !stages.isEmpty { arguments += ["--stages", stages.sorted().joined(separator: ",")] }
        return arguments
    }
}
