package org.storyfold.facts;

/**
 * One proper-noun phrase as one article writes it.
 *
 * @param surface the phrase, titles stripped ("López Obrador" for "Mr López Obrador")
 * @param type    what the shape says it is (person, organization, place), or null when it says nothing
 * @param article article id
 */
record Mention(String surface, String type, String article) {}
