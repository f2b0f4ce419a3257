#!/usr/bin/env bash
# Runs the benchmarks of issue 6 and regenerates docs/benchmarks.md (see orm-benchmarks/README.md).
#
#   orm-benchmarks/run-benchmarks.sh [--quick] [--skip-build] [--out FILE] [--note TEXT] [-- JMH args...]
#
# Full run: sizes 1,10,100,1000,10000, every contender (N+1 only up to 1,000 parents; CHINOOK only
# up to 1,000), 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, -prof gc. --quick: sizes 1,100,
# 1 x 1 s warm-up, 1 x 1 s measurement, and the report says it is a quick sanity run. Arguments
# after -- go to JMH, e.g. -- -p scenario=HAS_MANY,CHINOOK or -- -p database=H2 (pick only what the
# script does not: scenario, database; a "-p scenario=LIST" replaces the script's scenarios).
# Needs PostgreSQL on 127.0.0.1:5432 (../shared/scripts/start-databases.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

quick=false
build=true
out="docs/benchmarks.md"
note=""
jmh_extra=()
while [[ $# -gt 0 ]]; do
	case "$1" in
		--quick) quick=true ;;
		--skip-build) build=false ;;
		--out) out="$2"; shift ;;
		--note) note="$2"; shift ;;
		--) shift; jmh_extra=("$@"); break ;;
		-h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option: $1 (JMH arguments go after --)" >&2; exit 2 ;;
	esac
	shift
done

# The scenarios: the generated-data ones, and CHINOOK in an invocation of its own (its sizes stop at
# 1,000: 3,503 tracks). A "-p scenario=LIST" after -- is taken out of the JMH arguments and split the
# same way, so it never meets the script's own list (JMH would merge them into one matrix).
generated_scenarios="HAS_MANY,BELONGS_TO,MANY_TO_MANY,NESTED,TOP3"
run_chinook=true
jmh_args=()
for ((i = 0; i < ${#jmh_extra[@]}; i++)); do
	if [[ "${jmh_extra[$i]}" == "-p" && "${jmh_extra[$((i + 1))]:-}" == scenario=* ]]; then
		requested="${jmh_extra[$((i + 1))]#scenario=}"
		generated_scenarios="$(tr ',' '\n' <<<"$requested" | grep -vx CHINOOK | paste -sd, - || true)"
		if tr ',' '\n' <<<"$requested" | grep -qx CHINOOK; then run_chinook=true; else run_chinook=false; fi
		i=$((i + 1))
	else
		jmh_args+=("${jmh_extra[$i]}")
	fi
done

jar="orm-benchmarks/target/relata-benchmarks.jar"
results_dir="orm-benchmarks/target/benchmark-results"
contenders="JDBC,RELATA_JOIN,RELATA_BATCHED,RELATA_AUTO,RELATA_AUTO_SNAPSHOT,HIBERNATE,JOOQ"
if $quick; then
	sizes="1,100"
	n_plus_one_sizes="1,100"
	chinook_sizes="1,100"
	settings=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
	if [[ -z "$note" ]]; then
		note="Quick sanity run (run-benchmarks.sh --quick: sizes 1 and 100, 1 x 1 s warm-up, 1 x 1 s measurement${jmh_extra[*]:+, JMH arguments: ${jmh_extra[*]}}): it proves the pipeline, it is not the issue's measured results."
	fi
else
	sizes="1,10,100,1000,10000"
	n_plus_one_sizes="1,10,100,1000"
	chinook_sizes="1,10,100,1000"
	settings=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
	if [[ -z "$note" && ${#jmh_extra[@]} -gt 0 ]]; then
		note="Partial run: JMH arguments ${jmh_extra[*]}."
	fi
fi

if $build; then
	echo "== Building $jar"
	./mvnw -q -pl orm-benchmarks -am package -DskipTests
fi

echo "== Correctness smoke (PostgreSQL, sizes 1 and 100; creates the data outside the forks)"
java -cp "$jar" dev.relata.orm.benchmarks.BenchmarkSmoke

mkdir -p "$results_dir"
main_json="$results_dir/loading.json"
n_plus_one_json="$results_dir/loading-n-plus-one.json"
chinook_json="$results_dir/loading-chinook.json"
rm -f "$main_json" "$n_plus_one_json" "$chinook_json"
results=()

if [[ -n "$generated_scenarios" ]]; then
	echo "== JMH: $generated_scenarios, every contender but N+1, sizes $sizes"
	java -jar "$jar" LoadingBenchmark "${settings[@]}" -prof gc \
		-p scenario="$generated_scenarios" -p size="$sizes" -p contender="$contenders" \
		-rf json -rff "$main_json" "${jmh_args[@]}"

	echo "== JMH: $generated_scenarios, N+1, sizes $n_plus_one_sizes"
	java -jar "$jar" LoadingBenchmark "${settings[@]}" -prof gc \
		-p scenario="$generated_scenarios" -p size="$n_plus_one_sizes" -p contender=RELATA_N_PLUS_ONE \
		-rf json -rff "$n_plus_one_json" "${jmh_args[@]}"
	results+=("$main_json" "$n_plus_one_json")
fi

if $run_chinook; then
	echo "== JMH: CHINOOK, every contender, sizes $chinook_sizes"
	java -jar "$jar" LoadingBenchmark "${settings[@]}" -prof gc \
		-p scenario=CHINOOK -p size="$chinook_sizes" -p contender="$contenders,RELATA_N_PLUS_ONE" \
		-rf json -rff "$chinook_json" "${jmh_args[@]}"
	results+=("$chinook_json")
fi

if [[ ${#results[@]} -eq 0 ]]; then
	echo "No scenario to run" >&2
	exit 2
fi

relata_version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
database_version=""
if command -v psql >/dev/null 2>&1; then
	database_version="$(PGPASSWORD="${PGPASSWORD:-}" psql -h 127.0.0.1 -U postgres -d test -tAc 'SELECT version()' 2>/dev/null | head -1 || true)"
fi

echo "== Report: $out"
java -cp "$jar" dev.relata.orm.benchmarks.report.BenchmarkReport "${results[@]}" \
	--out "$out" --relata-version "$relata_version" --database-version "$database_version" --note "$note"
