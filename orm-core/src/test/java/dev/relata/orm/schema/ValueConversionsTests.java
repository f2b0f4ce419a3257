package dev.relata.orm.schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import dev.relata.orm.exception.ValueConversionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ValueConversionsTests {

	private final OrmSchema schema = OrmSchema.builder().models(User.class).build();

	private final EntityModel<User> users = this.schema.model(User.class);

	private final ValueConversions conversions = this.schema.conversions();

	@Test
	void widensAnIntegerToALongKey() {
		assertThat(convert(1, "id")).isEqualTo(1L).isInstanceOf(Long.class);
	}

	@Test
	void narrowsNumbersOnlyWhenExact() {
		assertThat(convert(42L, "age")).isEqualTo(42);
		assertThat(convert(new BigDecimal("7.00"), "age")).isEqualTo(7);
		assertThat(convert((short) 3, "level")).isEqualTo((byte) 3);
		assertThat(convert(2.0d, "id")).isEqualTo(2L);
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> convert(3_000_000_000L, "age"))
			.withMessage("Cannot use a java.lang.Long as User.age (int) without losing precision");
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> convert(1.5d, "id"))
			.withMessage("Cannot use a java.lang.Double as User.id (java.lang.Long) without losing precision");
	}

	@Test
	void convertsNumbersToDecimalsAndFloatingPointExactly() {
		assertThat(convert(5, "balance")).isEqualTo(new BigDecimal("5"));
		assertThat(convert(0.1d, "balance")).isEqualTo(new BigDecimal("0.1"));
		assertThat(convert(new BigDecimal("0.25"), "ratio")).isEqualTo(0.25d);
		assertThat(convert(3, "ratio")).isEqualTo(3.0d);
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> convert(Long.MAX_VALUE - 1, "ratio"))
			.withMessage("Cannot use a java.lang.Long as User.ratio (java.lang.Double) without losing precision");
	}

	@Test
	void convertsStringsToUuidsEnumsAndDates() {
		UUID token = UUID.randomUUID();

		assertThat(convert(token.toString(), "token")).isEqualTo(token);
		assertThat(convert("ADMIN", "role")).isEqualTo(Role.ADMIN);
		assertThat(convert("2024-02-29", "born")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(convert("x", "initial")).isEqualTo('x');
	}

	@Test
	void unknownEnumConstantNamesTheConstants() {
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> convert("ROOT", "role"))
			.withMessageStartingWith("Cannot use a java.lang.String as User.role (" + Role.class.getName() + "): ")
			.withMessageEndingWith("; its constants are [ADMIN, MEMBER]");
	}

	@Test
	void convertsCharSequencesToStringsAndInstantsToOffsetDateTimes() {
		Instant now = Instant.parse("2024-01-01T10:00:00Z");

		assertThat(convert(new StringBuilder("Ada"), "name")).isEqualTo("Ada");
		assertThat(convert(now, "seenAt")).isEqualTo(OffsetDateTime.of(2024, 1, 1, 10, 0, 0, 0, ZoneOffset.UTC));
	}

	@Test
	void refusesConversionsBetweenUnrelatedTypesNamingBothTypes() {
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> convert("1", "id"))
			.withMessage("Cannot use a java.lang.String as User.id (java.lang.Long)");
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> convert(1, "active"))
			.withMessage("Cannot use a java.lang.Integer as User.active (boolean)");
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> convert("nope", "token"))
			.withMessageStartingWith("Cannot use a java.lang.String as User.token (java.util.UUID): ");
	}

	@Test
	void passesNullAndValuesOfTheRightTypeThrough() {
		assertThat(convert(null, "id")).isNull();
		assertThat(convert(true, "active")).isEqualTo(true);
		assertThat(convert(7L, "id")).isEqualTo(7L);
	}

	private Object convert(Object value, String property) {
		return this.conversions.toPropertyType(value, this.users.property(property));
	}

	enum Role {

		ADMIN, MEMBER

	}

	record User(Long id, String name, int age, Byte level, BigDecimal balance, Double ratio, UUID token, Role role,
			LocalDate born, char initial, boolean active, OffsetDateTime seenAt) {
	}

}
