package org.storyfold.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article as the page's JSON-LD describes it (schema.org {@code NewsArticle} and kin). Pages get
 * this wrong often enough (a truncated {@code articleBody}, the site's logo as headline, dates of the
 * last edit) that the extractor treats it as a witness, never as the answer by itself.
 *
 * @param headline      the {@code headline} or {@code name}, or null
 * @param body          the {@code articleBody} or {@code text}, or null
 * @param published     the raw {@code datePublished} (or {@code dateCreated}), or null
 * @param publisher     the publisher's name, or null
 * @param language      the raw {@code inLanguage}, or null
 */
record StructuredData(String headline, String body, String published, String publisher, String language) {
  /** A page without usable JSON-LD. */
  static final StructuredData NONE = new StructuredData(null, null, null, null, null);

  /** A lenient JSON reader (pages' JSON-LD is often slightly broken); configured once, never changed. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
      .enable(JsonParser.Feature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
      .enable(JsonParser.Feature.ALLOW_TRAILING_COMMA)
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Schema.org types (lower case) whose node may describe the page's article. */
  private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
      "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle",
      "reviewnewsarticle", "scholarlyarticle", "techarticle", "liveblogposting", "socialmediaposting",
      "posting", "webpage", "report", "creativework", "review", "medicalwebpage", "satiricalarticle");

  /** Reads every {@code application/ld+json} script of the page and keeps the best article node. */
  static StructuredData of(Document doc) {
    return of(doc.select("script[type~=(?i)application/ld\\+json]"));
  }

  /** Reads the given {@code application/ld+json} scripts and keeps the best article node. */
  static StructuredData of(List<Element> scripts) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : scripts) {
      String json = script.data().trim();
      if (json.isEmpty()) {
        continue;
      }
      try {
        collect(JSON.readTree(json), nodes, 0);
      } catch (Exception e) {
        // malformed JSON-LD is common; the page itself still speaks
      }
    }
    JsonNode best = null;
    int bestRank = -1;
    for (JsonNode n : nodes) {
      int rank = rank(n);
      if (rank > bestRank) {
        best = n;
        bestRank = rank;
      }
    }
    if (best == null || bestRank <= 0) {
      return NONE;
    }
    String publisher = text(best.path("publisher").path("name"));
    if (publisher == null) {
      for (JsonNode n : nodes) {
        if (typeOf(n).equals("organization") || typeOf(n).equals("newsmediaorganization")
            || typeOf(n).equals("website")) {
          publisher = text(n.path("name"));
          if (publisher != null) {
            break;
          }
        }
      }
    }
    String published = text(best.path("datePublished"));
    if (published == null) {
      published = text(best.path("dateCreated"));
    }
    String body = text(best.path("articleBody"));
    if (body == null) {
      body = text(best.path("text"));
    }
    String headline = text(best.path("headline"));
    if (headline == null && !typeOf(best).equals("webpage")) {
      headline = text(best.path("name"));
    }
    return new StructuredData(headline, body, published, publisher, text(best.path("inLanguage")));
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
      collect(node.get("mainEntityOfPage"), out, depth + 1);
    }
  }

  /** Articles first, the ones with a body before the others; 0 for nodes that are not articles. */
  private static int rank(JsonNode n) {
    String type = typeOf(n);
    if (!ARTICLE_TYPES.contains(type)) {
      return 0;
    }
    int rank = type.equals("webpage") || type.equals("creativework") ? 1 : 3;
    if (n.hasNonNull("articleBody")) {
      rank += 4;
    }
    if (n.hasNonNull("datePublished")) {
      rank += 1;
    }
    if (n.hasNonNull("headline")) {
      rank += 1;
    }
    return rank;
  }

  private static String typeOf(JsonNode n) {
    JsonNode t = n.get("@type");
    if (t == null) {
      return "";
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        String s = x.asText("").toLowerCase(Locale.ROOT);
        if (ARTICLE_TYPES.contains(s) && !s.equals("webpage")) {
          return s;
        }
      }
      return t.size() > 0 ? t.get(0).asText("").toLowerCase(Locale.ROOT) : "";
    }
    return t.asText("").toLowerCase(Locale.ROOT);
  }

  private static String text(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.size() == 0 ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return null;
    }
    String s = n.asText("").strip();
    return s.isEmpty() ? null : s;
  }
}
