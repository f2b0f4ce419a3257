package dev.relata.orm.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KeyTests {

	@Test
	void keysWithEqualValuesInTheSameOrderAreEqual() {
		assertThat(Key.of(1L, "a")).isEqualTo(Key.of(1L, "a")).hasSameHashCodeAs(Key.of(1L, "a"));
		assertThat(Key.of(1L, "a")).isNotEqualTo(Key.of("a", 1L));
		assertThat(Key.of(1L, 2L).values()).containsExactly(1L, 2L);
	}

	@Test
	void refusesNullAndMissingValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> Key.of(1L, null))
			.withMessage("A key value must not be null: [1, null]");
		assertThatIllegalArgumentException().isThrownBy(Key::of).withMessage("A key needs at least one value");
	}

}
