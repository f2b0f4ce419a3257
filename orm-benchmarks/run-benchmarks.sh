#!/usr/bin/env bash
# Runs the benchmarks of issue 6 and regenerates docs/benchmarks.md (see orm-benchmarks/README.md).
#
#   orm-benchmarks/run-benchmarks.sh [--quick] [--skip-build] [--databases LIST] [--out FILE]
#                                    [--note TEXT] [-- JMH args...]
#
# Full run (about 70 minutes on 2 cores), per database, 1 fork and -prof gc:
#   POSTGRESQL (the primary target): sizes 1,10,100,1000,10000, 3 x 1 s warm-up, 5 x 1 s measurement;
#   H2 (embedded, secondary):         sizes 1,100,1000,           2 x 1 s warm-up, 3 x 1 s measurement;
# every contender, N+1 only up to 1,000 parents, CHINOOK only up to 1,000 (3,503 tracks). Then a
# statement census per database (statements and rows per load, untimed) and the report.
# --quick: POSTGRESQL only (unless --databases says otherwise), sizes 1,100, 1 x 1 s warm-up and
# measurement; the report says it is a quick sanity run. --databases POSTGRESQL,H2 picks databases.
# Arguments after -- go to JMH, e.g. -- -p scenario=HAS_MANY,CHINOOK (a "-p scenario=LIST" replaces
# the script's scenarios; do not pass -p database or -p size). Needs PostgreSQL on 127.0.0.1:5432
# (../shared/scripts/start-databases.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

quick=false
build=true
databases=""
out="docs/benchmarks.md"
note=""
jmh_extra=()
while [[ $# -gt 0 ]]; do
	case "$1" in
		--quick) quick=true ;;
		--skip-build) build=false ;;
		--databases) databases="$2"; shift ;;
		--out) out="$2"; shift ;;
		--note) note="$2"; shift ;;
		--) shift; jmh_extra=("$@"); break ;;
		-h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option: $1 (JMH arguments go after --)" >&2; exit 2 ;;
	esac
	shift
done

# The scenarios: the generated-data ones, and CHINOOK in an invocation of its own (its sizes stop at
# 1,000). A "-p scenario=LIST" after -- is taken out of the JMH arguments and split the same way, so
# it never meets the script's own list (JMH would merge them into one matrix).
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
	databases="${databases:-POSTGRESQL}"
	if [[ -z "$note" ]]; then
		note="Quick sanity run (run-benchmarks.sh --quick: sizes 1 and 100, 1 x 1 s warm-up, 1 x 1 s measurement${jmh_extra[*]:+, JMH arguments: ${jmh_extra[*]}}): it proves the pipeline, it is not the issue's measured results."
	fi
else
	databases="${databases:-POSTGRESQL,H2}"
	if [[ -z "$note" && ${#jmh_extra[@]} -gt 0 ]]; then
		note="Partial run: JMH arguments ${jmh_extra[*]}."
	fi
fi

# The matrix of one database: sets sizes, n_plus_one_sizes, chinook_sizes and settings.
matrix() {
	if $quick; then
		sizes="1,100" n_plus_one_sizes="1,100" chinook_sizes="1,100"
		settings=(-f 1 -wi 1 -w 1s -i 1 -r 1s)
	elif [[ $1 == POSTGRESQL ]]; then
		sizes="1,10,100,1000,10000" n_plus_one_sizes="1,10,100,1000" chinook_sizes="1,10,100,1000"
		settings=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
	else
		sizes="1,100,1000" n_plus_one_sizes="1,100,1000" chinook_sizes="1,100,1000"
		settings=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
	fi
}

if $build; then
	echo "== Building $jar"
	./mvnw -q -pl orm-benchmarks -am package -DskipTests
fi

mkdir -p "$results_dir"
results=()
censuses=()
IFS=',' read -r -a database_list <<<"$databases"
for database in "${database_list[@]}"; do
	matrix "$database"
	prefix="$results_dir/$(tr '[:upper:]' '[:lower:]' <<<"$database")"
	rm -f "$prefix"-*.json
	database_results=()

	echo "== $database: correctness smoke (sizes 1 and 100; creates the data outside the forks)"
	java -cp "$jar" dev.relata.orm.benchmarks.BenchmarkSmoke "$database" 1,100

	if [[ -n "$generated_scenarios" ]]; then
		echo "== $database: JMH $generated_scenarios, every contender but N+1, sizes $sizes"
		java -jar "$jar" LoadingBenchmark "${settings[@]}" -prof gc -p database="$database" \
			-p scenario="$generated_scenarios" -p size="$sizes" -p contender="$contenders" \
			-rf json -rff "$prefix-loading.json" "${jmh_args[@]}"

		echo "== $database: JMH $generated_scenarios, N+1, sizes $n_plus_one_sizes"
		java -jar "$jar" LoadingBenchmark "${settings[@]}" -prof gc -p database="$database" \
			-p scenario="$generated_scenarios" -p size="$n_plus_one_sizes" -p contender=RELATA_N_PLUS_ONE \
			-rf json -rff "$prefix-loading-n-plus-one.json" "${jmh_args[@]}"
		database_results+=("$prefix-loading.json" "$prefix-loading-n-plus-one.json")
	fi

	if $run_chinook; then
		echo "== $database: JMH CHINOOK, every contender, sizes $chinook_sizes"
		java -jar "$jar" LoadingBenchmark "${settings[@]}" -prof gc -p database="$database" \
			-p scenario=CHINOOK -p size="$chinook_sizes" -p contender="$contenders,RELATA_N_PLUS_ONE" \
			-rf json -rff "$prefix-loading-chinook.json" "${jmh_args[@]}"
		database_results+=("$prefix-loading-chinook.json")
	fi

	# Counts what JMH measured: a trial stopped because one load took minutes is not loaded again.
	echo "== $database: statement census (statements and rows per load, untimed)"
	java -cp "$jar" dev.relata.orm.benchmarks.StatementCensus "$prefix-census.json" "$database" "$sizes" \
		"${database_results[@]}"
	censuses+=(--census "$prefix-census.json")
	results+=("${database_results[@]}")
done

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
java -cp "$jar" dev.relata.orm.benchmarks.report.BenchmarkReport "${results[@]}" "${censuses[@]}" \
	--out "$out" --relata-version "$relata_version" --database-version "$database_version" --note "$note"
