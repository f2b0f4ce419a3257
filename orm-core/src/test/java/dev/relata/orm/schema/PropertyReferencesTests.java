package dev.relata.orm.schema;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.PropertyReferences.ResolvedRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PropertyReferencesTests {

	@Test
	void resolvesRecordAccessors() {
		assertThat(PropertyReferences.resolve(User::name)).isEqualTo(new ResolvedRef(User.class, "name"));
		assertThat(PropertyReferences.resolve(User::roleId)).isEqualTo(new ResolvedRef(User.class, "roleId"));
	}

	@Test
	void resolvesGettersAndBooleanIsGetters() {
		assertThat(PropertyReferences.resolve(Post::getUserId)).isEqualTo(new ResolvedRef(Post.class, "userId"));
		assertThat(PropertyReferences.resolve(Post::isPublished)).isEqualTo(new ResolvedRef(Post.class, "published"));
		assertThat(PropertyReferences.resolve(Post::getURL)).isEqualTo(new ResolvedRef(Post.class, "URL"));
	}

	@Test
	void ownerIsTheTypeTheReferenceWasWrittenAgainstNotTheDeclaringSuperclass() {
		PropertyRef<FeaturedPost, Long> ref = FeaturedPost::getUserId;

		assertThat(PropertyReferences.resolve(ref)).isEqualTo(new ResolvedRef(FeaturedPost.class, "userId"));
	}

	@Test
	void refusesLambdasWithAMethodReferenceHint() {
		PropertyRef<User, String> lambda = (user) -> user.name();

		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> PropertyReferences.resolve(lambda))
			.withMessage("A lambda cannot name a property; use a method reference to a property accessor such as "
					+ "User::name, User::getName or User::isActive");
	}

	@Test
	void refusesMethodsThatAreNotAccessors() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> PropertyReferences.resolve(User::displayName))
			.withMessageStartingWith("User::displayName is not a property accessor; use a method reference");
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> PropertyReferences.resolve(Post::isDraftCount))
			.withMessageStartingWith("Post::isDraftCount is not a property accessor");
	}

	@Test
	void refusesStaticMethodReferences() {
		PropertyRef<String, Integer> ref = Integer::parseInt;

		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> PropertyReferences.resolve(ref))
			.withMessageStartingWith("java.lang.Integer::parseInt is not a property accessor");
	}

	@Test
	void cachesTheResolutionPerCallSite() {
		ResolvedRef first = resolveName();
		ResolvedRef second = resolveName();

		assertThat(second).isSameAs(first);
	}

	private static ResolvedRef resolveName() {
		return PropertyReferences.resolve(User::name);
	}

	record User(Long id, String name, Long roleId) {

		String displayName() {
			return "@" + this.name;
		}

	}

	static class Post {

		private Long userId;

		private boolean published;

		private String url;

		Long getUserId() {
			return this.userId;
		}

		boolean isPublished() {
			return this.published;
		}

		String getURL() {
			return this.url;
		}

		Integer isDraftCount() {
			return 0;
		}

	}

	static class FeaturedPost extends Post {

	}

}
