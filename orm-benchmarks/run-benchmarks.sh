#!/usr/bin/env bash
# Runs the loading benchmarks on PostgreSQL, MariaDB and H2 and regenerates docs/benchmarks.md (see orm-benchmarks/README.md).
#
#   orm-benchmarks/run-benchmarks.sh [--quick] [--skip-build] [--databases LIST] [--contenders LIST]
#                                    [--noise-minutes N] [--out FILE] [--note TEXT] [--estimate]
#                                    [-- JMH args...]
#
# Full run (about 85 minutes on 2 cores; --estimate prints the estimate and stops). Per database
# (POSTGRESQL, MARIADB, H2 by default), -prof gc, every fork with -Xms2g -Xmx2g:
#   first pass, 1 fork, 2 x 1 s warm-up, 6 x 0.5 s measurement:
#     POSTGRESQL:  sizes 1,10,100,1000,10000 (CHINOOK 1,10,100,1000; CHINOOK_CHAIN 1,10,100,275)
#     MARIADB, H2: sizes 1,100,1000          (CHINOOK 1,100,1000;    CHINOOK_CHAIN 1,100,275)
#     every contender but RELATA_AUTO_SNAPSHOT (--contenders LIST chooses), N+1 up to 1,000 parents;
#   second pass: the cells of the judged contenders whose JMH error exceeds 10% of the score (those
#     behind a verdict within JMH's error first, then the noisiest), again with 2 forks, as many as
#     fit the noise budget (--noise-minutes, default 10 for the run, shared by the databases in
#     proportion to their trials; 0 skips the pass);
# then a statement census per database (statements and rows per load, refusals), and the report.
# --quick: sizes 1,100, 1 x 1 s warm-up, 3 x 0.5 s measurement (JMH gives no error below 3), a
# second pass of at most 2 cells per database; the report says it is a quick sanity run.
# --databases MARIADB runs one database; --contenders LIST, e.g. JDBC,RELATA_AUTO, some contenders.
# Arguments after -- go to every first-pass JMH invocation, e.g. -- -p scenario=HAS_MANY,CHINOOK_CHAIN
# (a "-p scenario=LIST" replaces the script's scenarios; do not pass -p database, -p size or
# -p contender). Needs PostgreSQL and MariaDB on loopback (../shared/scripts/start-databases.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

quick=false
build=true
estimate_only=false
databases=""
contenders="JDBC,RELATA_JOIN,RELATA_BATCHED,RELATA_AUTO,RELATA_N_PLUS_ONE,HIBERNATE,JOOQ"
noise_minutes=""
out="docs/benchmarks.md"
note=""
jmh_extra=()
while [[ $# -gt 0 ]]; do
	case "$1" in
		--quick) quick=true ;;
		--skip-build) build=false ;;
		--estimate) estimate_only=true ;;
		--databases) databases="$2"; shift ;;
		--contenders) contenders="$2"; shift ;;
		--noise-minutes) noise_minutes="$2"; shift ;;
		--out) out="$2"; shift ;;
		--note) note="$2"; shift ;;
		--) shift; jmh_extra=("$@"); break ;;
		-h|--help) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
		*) echo "Unknown option: $1 (JMH arguments go after --)" >&2; exit 2 ;;
	esac
	shift
done

# The contenders: N+1 (RELATA_N_PLUS_ONE) stops at 1,000 parents, so on the generated data it runs
# in an invocation of its own.
others="$(tr ',' '\n' <<<"$contenders" | grep -vx RELATA_N_PLUS_ONE | paste -sd, - || true)"
n_plus_one=false
tr ',' '\n' <<<"$contenders" | grep -qx RELATA_N_PLUS_ONE && n_plus_one=true

# The scenarios: the generated-data ones in two invocations (without and with N+1, whose sizes stop
# at 1,000), and each Chinook scenario in one of its own (their sizes stop at 1,000 and 275). A
# "-p scenario=LIST" after -- is taken out of the JMH arguments and split the same way, so it never
# meets the script's own list (JMH would merge them into one matrix).
generated_scenarios="HAS_MANY,BELONGS_TO,MANY_TO_MANY,NESTED,TOP3"
chinook_scenarios="CHINOOK,CHINOOK_CHAIN"
jmh_args=()
for ((i = 0; i < ${#jmh_extra[@]}; i++)); do
	if [[ "${jmh_extra[$i]}" == "-p" && "${jmh_extra[$((i + 1))]:-}" == scenario=* ]]; then
		requested="$(tr ',' '\n' <<<"${jmh_extra[$((i + 1))]#scenario=}")"
		generated_scenarios="$(grep -vx 'CHINOOK\|CHINOOK_CHAIN' <<<"$requested" | paste -sd, - || true)"
		chinook_scenarios="$(grep -x 'CHINOOK\|CHINOOK_CHAIN' <<<"$requested" | paste -sd, - || true)"
		i=$((i + 1))
	else
		jmh_args+=("${jmh_extra[$i]}")
	fi
done

jar="orm-benchmarks/target/relata-benchmarks.jar"
results_dir="orm-benchmarks/target/benchmark-results"
jvm_args="-Xms2g -Xmx2g"
# Seconds a trial costs beyond its iterations (fork, pool, contender, the setup's check against
# JDBC), measured here: about 2.5 s.
trial_overhead=3
if $quick; then
	databases="${databases:-POSTGRESQL,MARIADB,H2}"
	noise_minutes="${noise_minutes:-1}"
	if [[ -z "$note" ]]; then
		note="Quick sanity run (run-benchmarks.sh --quick: sizes 1 and 100, 1 x 1 s warm-up, 3 x 0.5 s measurement${jmh_extra[*]:+, JMH arguments: ${jmh_extra[*]}}): it proves the pipeline, it is not the issue's measured results."
	fi
else
	databases="${databases:-POSTGRESQL,MARIADB,H2}"
	noise_minutes="${noise_minutes:-10}"
	if [[ -z "$note" && ${#jmh_extra[@]} -gt 0 ]]; then
		note="Partial run: JMH arguments ${jmh_extra[*]}."
	fi
fi

# The matrix of one database: sets sizes, n_plus_one_sizes, chinook_sizes, chain_sizes, settings
# (first pass), rerun_settings (second pass) and trial_seconds (iterations of one first-pass trial).
matrix() {
	if $quick; then
		sizes="1,100" n_plus_one_sizes="1,100" chinook_sizes="1,100" chain_sizes="1,100"
		settings=(-f 1 -wi 1 -w 1s -i 3 -r 500ms) rerun_settings=(-f 2 -wi 1 -w 1s -i 3 -r 500ms)
		trial_seconds=3
		return
	fi
	if [[ $1 == POSTGRESQL ]]; then
		sizes="1,10,100,1000,10000" n_plus_one_sizes="1,10,100,1000" chinook_sizes="1,10,100,1000"
		chain_sizes="1,10,100,275"
	else
		sizes="1,100,1000" n_plus_one_sizes="1,100,1000" chinook_sizes="1,100,1000" chain_sizes="1,100,275"
	fi
	settings=(-f 1 -wi 2 -w 1s -i 6 -r 500ms) rerun_settings=(-f 2 -wi 2 -w 1s -i 6 -r 500ms)
	trial_seconds=5
}

count() { [[ -z "$1" ]] && echo 0 || tr ',' '\n' <<<"$1" | grep -c .; }

# The first-pass trials of one database (after matrix).
trials() {
	local n=0 chinook
	n=$((n + $(count "$generated_scenarios") * $(count "$sizes") * $(count "$others")))
	$n_plus_one && n=$((n + $(count "$generated_scenarios") * $(count "$n_plus_one_sizes")))
	for chinook in ${chinook_scenarios//,/ }; do
		if [[ $chinook == CHINOOK ]]; then
			n=$((n + $(count "$chinook_sizes") * $(count "$contenders")))
		else
			n=$((n + $(count "$chain_sizes") * $(count "$contenders")))
		fi
	done
	echo "$n"
}

IFS=',' read -r -a database_list <<<"$databases"
total_trials=0
for database in "${database_list[@]}"; do
	matrix "$database"
	total_trials=$((total_trials + $(trials)))
done
# Build, smoke, census and report: about 2 minutes per database.
estimate=$(((total_trials * (trial_overhead + trial_seconds) + noise_minutes * 60 + 120 * ${#database_list[@]}) / 60))
echo "== $total_trials first-pass trials on $databases, a second pass of at most $noise_minutes min: about $estimate minutes"
if $estimate_only; then
	exit 0
fi
started=$SECONDS

if $build; then
	echo "== Building $jar"
	./mvnw -q -pl orm-benchmarks -am package -DskipTests
fi

# Runs one JMH invocation of LoadingBenchmark: results file, then JMH arguments.
jmh() {
	local file="$1"
	shift
	java -jar "$jar" LoadingBenchmark "$@" -prof gc -jvmArgs "$jvm_args" -rf json -rff "$file"
}

mkdir -p "$results_dir"
results=()
reruns=()
censuses=()
for database in "${database_list[@]}"; do
	matrix "$database"
	prefix="$results_dir/$(tr '[:upper:]' '[:lower:]' <<<"$database")"
	rm -f "$prefix"-*.json
	first_pass=()

	echo "== $database: correctness smoke (size 1; creates the data outside the forks)"
	java -cp "$jar" dev.relata.orm.benchmarks.BenchmarkSmoke "$database" 1

	if [[ -n "$generated_scenarios" && -n "$others" ]]; then
		echo "== $database: JMH $generated_scenarios, $others, sizes $sizes"
		jmh "$prefix-loading.json" "${settings[@]}" -p database="$database" -p scenario="$generated_scenarios" \
			-p size="$sizes" -p contender="$others" "${jmh_args[@]}"
		first_pass+=("$prefix-loading.json")
	fi
	if [[ -n "$generated_scenarios" ]] && $n_plus_one; then
		echo "== $database: JMH $generated_scenarios, N+1, sizes $n_plus_one_sizes"
		jmh "$prefix-loading-n-plus-one.json" "${settings[@]}" -p database="$database" \
			-p scenario="$generated_scenarios" -p size="$n_plus_one_sizes" -p contender=RELATA_N_PLUS_ONE \
			"${jmh_args[@]}"
		first_pass+=("$prefix-loading-n-plus-one.json")
	fi
	for chinook in ${chinook_scenarios//,/ }; do
		chinook_file="$prefix-loading-$(tr '[:upper:]_' '[:lower:]-' <<<"$chinook").json"
		scenario_sizes="$chinook_sizes"
		[[ $chinook == CHINOOK_CHAIN ]] && scenario_sizes="$chain_sizes"
		echo "== $database: JMH $chinook, $contenders, sizes $scenario_sizes"
		jmh "$chinook_file" "${settings[@]}" -p database="$database" -p scenario="$chinook" \
			-p size="$scenario_sizes" -p contender="$contenders" "${jmh_args[@]}"
		first_pass+=("$chinook_file")
	done
	# A trial that failed (a refused or too slow combination) writes nothing; keep the files that exist.
	existing=()
	for file in "${first_pass[@]}"; do
		[[ -s $file ]] && existing+=("$file")
	done
	if [[ ${#existing[@]} -eq 0 ]]; then
		echo "== $database: no results" >&2
		continue
	fi

	# The second pass: this database's share of the noise budget, in trials of rerun_settings.
	if [[ $noise_minutes -gt 0 ]]; then
		rerun_trial=$((${rerun_settings[1]} * (trial_overhead + trial_seconds)))
		share=$((noise_minutes * 60 * $(trials) / total_trials))
		max_cells=$((share / rerun_trial))
		$quick && max_cells=2
		echo "== $database: second pass, at most $max_cells of the noisiest judged cells (error above 10% of the score)"
		n=0
		while read -r scenario size rerun_contenders; do
			[[ -z "$scenario" ]] && continue
			n=$((n + 1))
			echo "== $database: again $scenario at $size: $rerun_contenders"
			jmh "$prefix-rerun-$n.json" "${rerun_settings[@]}" -p database="$database" -p scenario="$scenario" \
				-p size="$size" -p contender="$rerun_contenders"
			[[ -s "$prefix-rerun-$n.json" ]] && reruns+=(--rerun "$prefix-rerun-$n.json")
		done < <(java -cp "$jar" dev.relata.orm.benchmarks.report.NoisyCells "$max_cells" "${existing[@]}")
	fi

	# Counts what JMH measured, and the refusals at the same scenarios and sizes.
	echo "== $database: statement census (statements and rows per load, untimed)"
	java -cp "$jar" dev.relata.orm.benchmarks.StatementCensus "$prefix-census.json" "$database" "$sizes" \
		"${existing[@]}"
	censuses+=(--census "$prefix-census.json")
	results+=("${existing[@]}")
done

if [[ ${#results[@]} -eq 0 ]]; then
	echo "No scenario to run" >&2
	exit 2
fi

relata_version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)"
versions=()
if command -v psql >/dev/null 2>&1; then
	versions+=(--server-version "POSTGRESQL=$(PGPASSWORD="${PGPASSWORD:-}" psql -h 127.0.0.1 -U postgres -d test -tAc 'SELECT version()' 2>/dev/null | head -1 || true)")
fi
if command -v mariadb >/dev/null 2>&1; then
	versions+=(--server-version "MARIADB=$(mariadb -h 127.0.0.1 -u root -N -e 'SELECT VERSION()' 2>/dev/null | head -1 || true)")
fi
baseline=()
if [[ -f orm-benchmarks/allocation-baseline.json ]]; then
	baseline=(--allocation-baseline orm-benchmarks/allocation-baseline.json)
fi
# Why the published run missed what it missed (rewrite it for a new full run).
explanations=()
if [[ -f orm-benchmarks/explanations.md && $out == docs/benchmarks.md ]]; then
	explanations=(--explanations orm-benchmarks/explanations.md)
fi

echo "== Report: $out"
java -cp "$jar" dev.relata.orm.benchmarks.report.BenchmarkReport "${results[@]}" "${reruns[@]}" "${censuses[@]}" \
	"${versions[@]}" "${baseline[@]}" "${explanations[@]}" --save-allocation-baseline "$results_dir/allocation-baseline.json" \
	--out "$out" --relata-version "$relata_version" --note "$note"
echo "== Done in $(((SECONDS - started) / 60)) minutes (estimated $estimate)"
