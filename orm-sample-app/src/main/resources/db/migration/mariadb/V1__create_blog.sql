-- The blog's tables, without foreign keys: Relata's repeatable migration adds those the relations
-- declare, after the seed data of V3 (a Java migration, dev.relata.sample.seed.SeedBlogMigration)
-- with explicit keys below 10000, where the generated keys start.
CREATE TABLE roles (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(50) NOT NULL UNIQUE
) AUTO_INCREMENT = 10000;
CREATE TABLE users (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    email VARCHAR(200) NOT NULL UNIQUE,
    role_id BIGINT
) AUTO_INCREMENT = 10000;
CREATE TABLE profiles (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL UNIQUE,
    bio VARCHAR(500) NOT NULL
) AUTO_INCREMENT = 10000;
CREATE TABLE categories (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    parent_id BIGINT
) AUTO_INCREMENT = 10000;
CREATE TABLE posts (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT NOT NULL,
    category_id BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    published BOOLEAN NOT NULL
) AUTO_INCREMENT = 10000;
CREATE TABLE tags (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(50) NOT NULL UNIQUE
) AUTO_INCREMENT = 10000;
-- The pair is the primary key: it keeps pivot rows unique and serves sync/attach lookups.
CREATE TABLE post_tags (
    post_id BIGINT NOT NULL,
    tag_id BIGINT NOT NULL,
    added_by VARCHAR(20),
    PRIMARY KEY (post_id, tag_id)
);
CREATE INDEX ix_post_tags_tag_id ON post_tags (tag_id);
-- Polymorphic: commentable_type is 'post' or 'user' (the morph aliases), so no foreign key.
CREATE TABLE comments (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    commentable_type VARCHAR(20) NOT NULL,
    commentable_id BIGINT NOT NULL,
    body VARCHAR(1000) NOT NULL
) AUTO_INCREMENT = 10000;
CREATE INDEX ix_comments_commentable ON comments (commentable_type, commentable_id);
