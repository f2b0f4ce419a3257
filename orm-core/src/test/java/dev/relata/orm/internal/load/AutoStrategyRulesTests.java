package dev.relata.orm.internal.load;

import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.schema.RelationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link AutoStrategyRules}: each rule in its order, with the default and
 * changed thresholds.
 */
class AutoStrategyRulesTests {

	private static final LoadSettings DEFAULTS = LoadSettings.DEFAULTS;

	@Test
	void toManyPagedPerParentIsBatchedBeforeAnyCountRule() {
		assertDecision(RelationKind.HAS_MANY, true, 1L, DEFAULTS, LoadStrategy.BATCHED, LoadReason.TO_MANY_WITH_LIMIT);
		assertDecision(RelationKind.MANY_TO_MANY, true, null, DEFAULTS, LoadStrategy.BATCHED,
				LoadReason.TO_MANY_WITH_LIMIT);
	}

	@Test
	void toManyPagedPerParentNamesPerParentStatementsWhereTheDialectPrefersThem() {
		for (RelationKind kind : new RelationKind[] { RelationKind.HAS_MANY, RelationKind.MANY_TO_MANY }) {
			AutoStrategyRules.Decision decision = AutoStrategyRules.decide(kind, true, 1_000L, DEFAULTS, true);
			assertThat(decision.strategy()).as(kind.toString()).isEqualTo(LoadStrategy.BATCHED);
			assertThat(decision.reason()).as(kind.toString()).isEqualTo(LoadReason.PER_PARENT_STATEMENTS);
		}
		assertThat(AutoStrategyRules.decide(RelationKind.HAS_MANY, false, 1_000L, DEFAULTS, true).reason())
			.isEqualTo(LoadReason.LARGE_PARENT_SET);
	}

	@Test
	void toOneIsNeverConsideredPagedPerParent() {
		assertDecision(RelationKind.BELONGS_TO, true, 1L, DEFAULTS, LoadStrategy.JOIN, LoadReason.SINGLE_PARENT);
		assertDecision(RelationKind.HAS_ONE, true, 5L, DEFAULTS, LoadStrategy.JOIN, LoadReason.SMALL_PARENT_SET);
	}

	@Test
	void singleParentIsJoinedForEveryKind() {
		for (RelationKind kind : RelationKind.values()) {
			assertDecision(kind, false, 1L, DEFAULTS, LoadStrategy.JOIN, LoadReason.SINGLE_PARENT);
			assertDecision(kind, false, 0L, DEFAULTS, LoadStrategy.JOIN, LoadReason.SINGLE_PARENT);
		}
	}

	@Test
	void manyToManyIsJoinedUpToItsOwnThreshold() {
		assertDecision(RelationKind.MANY_TO_MANY, false, 2L, DEFAULTS, LoadStrategy.JOIN,
				LoadReason.SMALL_MANY_TO_MANY);
		assertDecision(RelationKind.MANY_TO_MANY, false, 10L, DEFAULTS, LoadStrategy.JOIN,
				LoadReason.SMALL_MANY_TO_MANY);
		assertDecision(RelationKind.MANY_TO_MANY, false, 11L, DEFAULTS, LoadStrategy.BATCHED,
				LoadReason.LARGE_PARENT_SET);
	}

	@Test
	void anyRelationIsJoinedUpToTheParentThreshold() {
		for (RelationKind kind : new RelationKind[] { RelationKind.HAS_ONE, RelationKind.HAS_MANY,
				RelationKind.BELONGS_TO }) {
			assertDecision(kind, false, 2L, DEFAULTS, LoadStrategy.JOIN, LoadReason.SMALL_PARENT_SET);
			assertDecision(kind, false, 9L, DEFAULTS, LoadStrategy.JOIN, LoadReason.SMALL_PARENT_SET);
			assertDecision(kind, false, 10L, DEFAULTS, LoadStrategy.BATCHED, LoadReason.LARGE_PARENT_SET);
		}
	}

	@Test
	void noBoundIsBatchedAsUnbounded() {
		for (RelationKind kind : RelationKind.values()) {
			assertDecision(kind, false, null, DEFAULTS, LoadStrategy.BATCHED, LoadReason.UNBOUNDED_PARENT_SET);
		}
	}

	@Test
	void thresholdsComeFromTheSettings() {
		LoadSettings settings = new LoadSettings(LoadStrategy.AUTO, 3, 5, 1000, LoadConsistency.NONE);
		assertDecision(RelationKind.HAS_MANY, false, 3L, settings, LoadStrategy.JOIN, LoadReason.SMALL_PARENT_SET);
		assertDecision(RelationKind.HAS_MANY, false, 4L, settings, LoadStrategy.BATCHED, LoadReason.LARGE_PARENT_SET);
		assertDecision(RelationKind.MANY_TO_MANY, false, 5L, settings, LoadStrategy.JOIN,
				LoadReason.SMALL_MANY_TO_MANY);
		assertDecision(RelationKind.MANY_TO_MANY, false, 6L, settings, LoadStrategy.BATCHED,
				LoadReason.LARGE_PARENT_SET);
	}

	@Test
	void aManyToManyThresholdBelowTheParentThresholdStillJoinsAsSmallParentSet() {
		LoadSettings settings = new LoadSettings(LoadStrategy.AUTO, 9, 2, 1000, LoadConsistency.NONE);
		assertDecision(RelationKind.MANY_TO_MANY, false, 5L, settings, LoadStrategy.JOIN, LoadReason.SMALL_PARENT_SET);
	}

	private static void assertDecision(RelationKind kind, boolean paged, Long bound, LoadSettings settings,
			LoadStrategy strategy, LoadReason reason) {
		AutoStrategyRules.Decision decision = AutoStrategyRules.decide(kind, paged, bound, settings, false);
		assertThat(decision.strategy()).as(kind + " paged=" + paged + " bound=" + bound).isEqualTo(strategy);
		assertThat(decision.reason()).as(kind + " paged=" + paged + " bound=" + bound).isEqualTo(reason);
	}

}
