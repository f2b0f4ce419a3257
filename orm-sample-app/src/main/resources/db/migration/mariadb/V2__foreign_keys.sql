-- The foreign keys of the relations in dev.relata.sample.blog.BlogRelations, as
-- OrmDdl.render(OrmDdl.foreignKeys(schema), dialect) writes them; ForeignKeyMigrationTests
-- checks that this file and the relations agree.
CREATE INDEX `ix_users_role_id` ON `users` (`role_id`);
ALTER TABLE `users` ADD CONSTRAINT `fk_users_role_id` FOREIGN KEY (`role_id`) REFERENCES `roles` (`id`) ON DELETE SET NULL;
ALTER TABLE `profiles` ADD CONSTRAINT `fk_profiles_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
CREATE INDEX `ix_posts_user_id` ON `posts` (`user_id`);
ALTER TABLE `posts` ADD CONSTRAINT `fk_posts_user_id` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE CASCADE;
CREATE INDEX `ix_posts_category_id` ON `posts` (`category_id`);
ALTER TABLE `posts` ADD CONSTRAINT `fk_posts_category_id` FOREIGN KEY (`category_id`) REFERENCES `categories` (`id`) ON DELETE RESTRICT;
ALTER TABLE `post_tags` ADD CONSTRAINT `fk_post_tags_post_id` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE;
ALTER TABLE `post_tags` ADD CONSTRAINT `fk_post_tags_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE;
CREATE INDEX `ix_categories_parent_id` ON `categories` (`parent_id`);
ALTER TABLE `categories` ADD CONSTRAINT `fk_categories_parent_id` FOREIGN KEY (`parent_id`) REFERENCES `categories` (`id`) ON DELETE RESTRICT;
