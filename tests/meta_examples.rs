//! Metadata guessing on the seed articles and on hand-written articles in
//! other house styles: wire copy, a court story, a disaster story and a
//! saved web page full of navigation chrome.

use crossread::engine::article::Meta;
use crossread::engine::load::load_seeds;
use crossread::engine::meta::guess;
use jiff::civil::Date;

fn date(y: i16, m: i8, d: i8) -> Option<Date> {
    Some(Date::new(y, m, d).unwrap())
}

fn seed_meta(id: &str) -> Meta {
    let corpus = load_seeds();
    let a = corpus
        .articles
        .iter()
        .find(|a| a.id == id)
        .expect("seed id");
    a.meta.clone()
}

#[test]
fn seed_000_title_is_the_first_headline_not_the_subhead() {
    let m = seed_meta("000_b7c4471f838b73bf");
    assert_eq!(
        m.title,
        "Trump Invites Colombian President Petro to White House After Weeks of Tension and Disagreement"
    );
    assert_eq!((m.outlet, m.published, m.byline), (None, None, None));
}

#[test]
fn seed_001_title_skips_the_image_caption_and_its_credit() {
    let m = seed_meta("001_5519969d746b4f91");
    assert_eq!(
        m.title,
        "Trump invites Petro to White House after phone call"
    );
    // "January 7, 2026" is in the story body, not a publication date.
    assert_eq!((m.outlet, m.published, m.byline), (None, None, None));
}

#[test]
fn seed_002_skips_section_chrome_and_reads_a_glued_byline() {
    let m = seed_meta("002_120cd0df10877b9f");
    assert_eq!(
        m.title,
        "Trump Invites Colombia’s Gustavo Petro to White House After Confrontation"
    );
    assert_eq!(m.byline.as_deref(), Some("James Thompson"));
    assert_eq!((m.outlet, m.published), (None, None));
}

#[test]
fn seed_003_reads_outlet_from_dateline_and_date_from_metadata_line() {
    let m = seed_meta("003_63aa9ed984a03bd1");
    assert_eq!(m.outlet.as_deref(), Some("Kurdistan24"));
    assert_eq!(m.published, date(2026, 1, 10));
    // No headline line: the summary on the metadata line stands in, without
    // the "date …" marker.
    assert!(
        m.title.starts_with("U.S. President Donald Trump invited"),
        "{}",
        m.title
    );
    assert!(!m.title.contains("2026-01-10"));
    assert_eq!(m.byline, None);
}

#[test]
fn seed_004_title_is_the_headline_not_the_later_subheading() {
    let m = seed_meta("004_881e0bc62006a258");
    assert_eq!(
        m.title,
        "Trump Invites Colombia's Petro to White House After Military Threats"
    );
    assert_eq!((m.outlet, m.published, m.byline), (None, None, None));
}

const WIRE: &str = "\
Strong quake kills dozens in eastern Turkey, thousands left homeless
By Ali Kaya and Daren Butler
4 min read
ANKARA, Feb 6 (Reuters) - A powerful earthquake struck eastern Turkey early on Monday, killing at least 76 people and trapping hundreds under rubble, officials said.
The quake, measured at magnitude 7.8, hit at 4:17 a.m. local time near the city of Gaziantep, the U.S. Geological Survey said.
Reporting by Ali Kaya; Editing by Jane Smith
";

#[test]
fn wire_report_outlet_from_dateline_and_multi_author_byline() {
    let m = guess(WIRE, "quake");
    assert_eq!(
        m.title,
        "Strong quake kills dozens in eastern Turkey, thousands left homeless"
    );
    assert_eq!(m.outlet.as_deref(), Some("Reuters"));
    assert_eq!(m.byline.as_deref(), Some("Ali Kaya and Daren Butler"));
    assert_eq!(m.published, None, "a dateline without a year is not a date");
}

const COURT: &str = "\
\u{feff}Published March 3, 2026\r
Updated: 4 Mar 2026, 09:15 GMT\r
\r
Judge Blocks Merger of Two Largest Grocery Chains\r
Jane Doe, Reuters\r
\r
WASHINGTON (Reuters) — A federal judge on Tuesday blocked the merger of the country's two largest grocery chains, siding with regulators who said the deal would raise prices.\r
The companies met with regulators on February 2, 2026, court filings show.\r
";

#[test]
fn court_story_with_bom_and_crlf_prefers_published_over_updated() {
    let m = guess(COURT, "court");
    assert_eq!(m.title, "Judge Blocks Merger of Two Largest Grocery Chains");
    assert_eq!(m.published, date(2026, 3, 3));
    assert_eq!(m.outlet.as_deref(), Some("Reuters"));
    assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
}

#[test]
fn updated_label_is_used_when_nothing_says_published() {
    let text = "Court Delays Ruling in Fraud Case\nUpdated: 8 Jan 2026\n\nThe judge said more time was needed to weigh the evidence presented by both sides this week.\n";
    assert_eq!(guess(text, "x").published, date(2026, 1, 8));
}

const DISASTER: &str = "\
LONDON, Jan 7 (AP) – Floodwaters rose across southern England on Tuesday, forcing hundreds of families from their homes. Rescue teams worked through the night.
Rivers Burst Banks as Storm Lashes Southern England
Rescuers in boats evacuated residents who had met on March 2, 2026 to plan flood defences.
Source: Associated Press
";

#[test]
fn disaster_story_ignores_body_dates_and_reads_ap_dateline() {
    let m = guess(DISASTER, "floods");
    assert_eq!(m.outlet.as_deref(), Some("AP"));
    assert_eq!(
        m.title,
        "Rivers Burst Banks as Storm Lashes Southern England"
    );
    assert_eq!(m.published, None, "March 2, 2026 is a date in the story");
}

#[test]
fn source_label_gives_the_outlet_without_a_dateline() {
    let text = "Wildfire Forces Thousands to Flee\nSource: Associated Press\n\nFirefighters battled the blaze through the night as strong winds pushed it toward homes.\n";
    assert_eq!(
        guess(text, "fire").outlet.as_deref(),
        Some("Associated Press")
    );
}

const WEB_PAGE: &str = "\
Skip to main content
Menu
Home
World
Home > World > Americas
Share
1 hour ago
Listen to this article
Rescue workers carry a survivor from a collapsed building in Porto Alegre on Sunday.
Photo: Reuters
Floods Displace Thousands in Southern Brazil
By Maria Silva for The Daily Courier
Thursday 8 January 2026 10.00 GMT
Heavy rains have displaced more than 30,000 people in southern Brazil, officials said on Thursday, as rivers continued to rise across the region.
Floods Displace Thousands in Southern Brazil
";

#[test]
fn saved_web_page_skips_chrome_caption_and_credit() {
    let m = guess(WEB_PAGE, "page");
    assert_eq!(m.title, "Floods Displace Thousands in Southern Brazil");
    assert_eq!(m.byline.as_deref(), Some("Maria Silva"));
    assert_eq!(m.outlet.as_deref(), Some("The Daily Courier"));
    assert_eq!(m.published, date(2026, 1, 8));
}

#[test]
fn credit_line_after_caption_is_not_a_title_in_any_language() {
    let text = "A firefighter sprays water on a burning house near the town center.\nFoto generada por IA\n\nBlaze Destroys Homes Near Town Center\n\nThe fire started late on Sunday evening and spread quickly because of strong winds, officials said.\n";
    assert_eq!(
        guess(text, "x").title,
        "Blaze Destroys Homes Near Town Center"
    );
}

#[test]
fn name_line_followed_by_reading_time_is_a_byline() {
    let text = "Markets Slide on Rate Fears\nPriya Raman\n5 min read\n\nStocks fell sharply on Monday as investors worried about higher interest rates for longer.\n";
    assert_eq!(guess(text, "x").byline.as_deref(), Some("Priya Raman"));
}

#[test]
fn outlet_from_a_site_like_file_name_only() {
    let body = "Some Headline Here Today\n\nThe body of the story goes on for a while here.\n";
    assert_eq!(
        guess(body, "bbc.co.uk").outlet.as_deref(),
        Some("bbc.co.uk")
    );
    assert_eq!(
        guess(body, "www.reuters.com_quake").outlet.as_deref(),
        Some("reuters.com")
    );
    assert_eq!(
        guess(body, "reuters_quake").outlet,
        None,
        "not clearly an outlet"
    );
    assert_eq!(guess(body, "story").outlet, None);
}

#[test]
fn copyright_footer_gives_outlet() {
    let text = "Council Approves New Budget\n\nThe council voted 7-2 on Monday to approve the spending plan for next year.\n\n© 2026 The Gazette. All rights reserved.\n";
    assert_eq!(guess(text, "x").outlet.as_deref(), Some("The Gazette"));
}

#[test]
fn text_without_any_headline_falls_back_to_first_sentence() {
    let text = "WASHINGTON — The Senate passed the bill on Friday after a long debate. It now goes to the House.";
    assert_eq!(
        guess(text, "x").title,
        "The Senate passed the bill on Friday after a long debate"
    );
}

#[test]
fn empty_or_whitespace_text_falls_back_to_the_id() {
    assert_eq!(guess("", "my-id").title, "my-id");
    assert_eq!(guess(" \r\n\u{feff}\n", "my-id").title, "my-id");
}

#[test]
fn a_megabyte_line_is_handled_quickly() {
    let text = "word ".repeat(200_000);
    let t = std::time::Instant::now();
    let m = guess(&text, "big");
    assert!(t.elapsed().as_secs_f64() < 2.0, "{:?}", t.elapsed());
    assert!(m.title.chars().count() <= 200);
}

#[test]
fn broadcast_style_dateline_with_title_case_place_and_updated_stamp() {
    let text = "Home | News | World\nQuake toll passes 5,000 as rescuers race against time\nUpdated 3:04 PM EST, Thu February 9, 2023\nBy Jane Doe and John Roe, CNN\nAntakya, Turkey (CNN) — Rescuers pulled more people from the rubble on Thursday.\n";
    let m = guess(text, "x");
    assert_eq!(
        m.title,
        "Quake toll passes 5,000 as rescuers race against time"
    );
    assert_eq!(m.outlet.as_deref(), Some("CNN"));
    assert_eq!(m.published, date(2023, 2, 9));
    assert_eq!(m.byline.as_deref(), Some("Jane Doe and John Roe"));
}

#[test]
fn a_dated_dateline_gives_the_publication_date() {
    let text =
        "NEW YORK, March 3, 2026 (AP) — Stocks fell on Tuesday as investors weighed new data.\n";
    let m = guess(text, "x");
    assert_eq!(m.published, date(2026, 3, 3));
    assert_eq!(m.outlet.as_deref(), Some("AP"));
    assert_eq!(
        m.title,
        "Stocks fell on Tuesday as investors weighed new data"
    );
}

#[test]
fn a_long_line_starting_with_by_is_prose_not_a_byline() {
    let text = "By Tuesday, rescuers had pulled 40 people from the rubble of the collapsed tower block in the city centre.\n";
    let m = guess(text, "x");
    assert_eq!(m.byline, None);
    assert_eq!(m.outlet, None);
    assert!(m.title.starts_with("By Tuesday, rescuers"), "{}", m.title);
}

#[test]
fn headline_mentioning_ai_or_a_date_word_is_still_a_headline() {
    let body = "\n\nThe company said on Monday it had raised new money from investors in a round led by a fund.\n";
    let ai = format!("AI Startup Raises $2 Billion in New Funding{body}");
    assert_eq!(
        guess(&ai, "x").title,
        "AI Startup Raises $2 Billion in New Funding"
    );
    let date_word = format!("Date Set for Petro Visit to Washington{body}");
    assert_eq!(
        guess(&date_word, "x").title,
        "Date Set for Petro Visit to Washington"
    );
}

/// The publication date's span must hold the very date it was read from.
fn assert_span_matches(text: &str, m: &Meta) {
    let span = m.published_span.clone().expect("a span with the date");
    let said = &text[span];
    assert_eq!(guess(said, "span").published, m.published, "span {said:?}");
}

const SPACED_MENU_PAGE: &str = "\
Harbour Times
Home  Local  Region  Politics  Business  Sport  Culture  Weather
Sign in   Subscribe

Breaking | Region

Ferry runs aground near island harbour, dozens rescued by lifeboats

40 minutes ago

Passengers waited on deck for more than three hours before lifeboat crews could reach the stranded ferry, the coastguard said.
";

#[test]
fn menu_bars_spaced_out_with_runs_of_spaces_are_not_titles() {
    let m = guess(SPACED_MENU_PAGE, "x");
    assert_eq!(
        m.title,
        "Ferry runs aground near island harbour, dozens rescued by lifeboats"
    );
    // The site name above a menu bar is the outlet.
    assert_eq!(m.outlet.as_deref(), Some("Harbour Times"));
    assert_eq!(m.published, None, "\"40 minutes ago\" has no calendar date");
}

#[test]
fn account_links_and_section_labels_are_not_titles() {
    let text = "\
Lakeside Post
Search   Newsletter   Log in

Politics & Policy

Mayor's budget plan clears council vote after late amendment

April 2, 2026 · 4 min read

The city council on Thursday approved the mayor's spending plan by nine votes to four after a late amendment on bus fares.
";
    let m = guess(text, "x");
    assert_eq!(
        m.title,
        "Mayor's budget plan clears council vote after late amendment"
    );
    assert_eq!(m.published, date(2026, 4, 2));
    assert_span_matches(text, &m);
}

const SITE_NAME_ABOVE_HEADLINE: &str = "\
Pacific Energy Journal

Offshore wind auction draws record bids from European developers

Monday 6 April 2026

By Lena Ortiz in Sydney

Developers from five countries bid for seabed leases off the south coast, with the winning offers far above what officials expected.
";

#[test]
fn a_lone_site_name_above_the_headline_is_not_the_title() {
    let m = guess(SITE_NAME_ABOVE_HEADLINE, "x");
    assert_eq!(
        m.title,
        "Offshore wind auction draws record bids from European developers"
    );
    assert_eq!(m.byline.as_deref(), Some("Lena Ortiz"));
    assert_eq!(m.published, date(2026, 4, 6));
    assert_span_matches(SITE_NAME_ABOVE_HEADLINE, &m);
    // Nothing confirms the first line is the site, so no outlet...
    assert_eq!(m.outlet, None);
    // ...unless the file is named after it.
    let named = guess(SITE_NAME_ABOVE_HEADLINE, "007_pacific-energy-journal");
    assert_eq!(named.outlet.as_deref(), Some("Pacific Energy Journal"));
}

#[test]
fn masthead_date_line_with_place_and_weather_is_the_publication_date() {
    let text = "\
Coastal Daily News
HOME | NEWS | SPORT | BUSINESS | LIFESTYLE
Saturday, 4 April 2026   Durban 21°C

Port workers end go-slow after agreement on overtime pay

Dock workers returned to full shifts on Friday after the port authority agreed to raise overtime rates by a tenth.
The dispute began on 12 March 2026, when night shifts were cut.
";
    let m = guess(text, "x");
    assert_eq!(
        m.title,
        "Port workers end go-slow after agreement on overtime pay"
    );
    assert_eq!(m.published, date(2026, 4, 4));
    let span = m.published_span.clone().unwrap();
    assert_eq!(&text[span], "Saturday, 4 April 2026");
    assert_eq!(m.outlet.as_deref(), Some("Coastal Daily News"));
}

#[test]
fn date_stamp_with_an_updated_ago_field_under_the_byline() {
    let text = "\
Bridge collapse injures commuters in river city

By Omar Haddad
April 14, 2026 8:15 AM GMT  Updated 3 hours ago

RIVERTON (Delta Wire) - A road bridge gave way during the morning rush hour on Tuesday, injuring at least 12 people.
";
    let m = guess(text, "x");
    assert_eq!(m.published, date(2026, 4, 14));
    assert_span_matches(text, &m);
    assert_eq!(&text[m.published_span.clone().unwrap()], "April 14, 2026");
    assert_eq!(m.outlet.as_deref(), Some("Delta Wire"));
    assert_eq!(m.byline.as_deref(), Some("Omar Haddad"));
}

#[test]
fn labelled_publication_lines_in_tabloid_and_broadsheet_styles() {
    let tabloid = "\
SHOCK AT THE SHORE: Pier collapses as crowds gather for fireworks

By Dean Rigby, Chief Reporter
PUBLISHED: 21:40 BST, 9 May 2026 | UPDATED: 23:02 BST, 9 May 2026

A seaside pier buckled last night as hundreds of people gathered for a fireworks show.
";
    let m = guess(tabloid, "x");
    assert_eq!(m.published, date(2026, 5, 9));
    assert_eq!(&tabloid[m.published_span.clone().unwrap()], "9 May 2026");
    assert_eq!(m.byline.as_deref(), Some("Dean Rigby"));

    let broadsheet = "\
Pier collapse prompts review of coastal safety checks

By Nadia Kerr
Published 10 May 2026

Inspectors will examine every pier on the coast after one buckled during a fireworks display, ministers said.
";
    let m = guess(broadsheet, "x");
    assert_eq!(m.published, date(2026, 5, 10));
    assert_span_matches(broadsheet, &m);
}

#[test]
fn title_case_dateline_with_a_date_dates_the_story_and_footer_names_the_outlet() {
    let text = "\
Valley Courier | Regional edition

NEWS  ·  REGION  ·  FARMING  ·  OPINION

Hailstorm flattens orchards across the upper valley

Marsden, 7 April 2026 - A hailstorm on Monday destroyed much of the apple blossom in the upper valley, growers said.

Insurers expect claims to rise through the week.

© Valley Courier 2026. All rights reserved.
";
    let m = guess(text, "x");
    assert_eq!(
        m.title,
        "Hailstorm flattens orchards across the upper valley"
    );
    assert_eq!(m.published, date(2026, 4, 7));
    assert_eq!(&text[m.published_span.clone().unwrap()], "7 April 2026");
    assert_eq!(m.outlet.as_deref(), Some("Valley Courier"));

    // A sentence with a date before a dash is no dateline.
    let prose = "Flood Warnings Issued Along the River\n\nOfficials said on 7 April 2026 - a Tuesday - that levels were falling.\n";
    assert_eq!(guess(prose, "x").published, None);
}

#[test]
fn year_after_name_in_a_copyright_footer() {
    let text = "Town Approves New Library\n\nThe town board voted on Monday to fund a new library.\n\n© The Hillside Herald 2026. All rights reserved.\n";
    assert_eq!(
        guess(text, "x").outlet.as_deref(),
        Some("The Hillside Herald")
    );
}

#[test]
fn wire_footer_credits_the_reporter_and_capitals_are_tidied() {
    let wire = "\
Copper miners walk out over safety rules

LUSAKA, April 3 (Copperbelt Wire) - Miners at two copper pits walked out on Friday over new shift rules.

(Reporting by Grace Mwale in Kitwe; Editing by Tom Banda)
";
    let m = guess(wire, "x");
    assert_eq!(m.byline.as_deref(), Some("Grace Mwale"));
    assert_eq!(m.outlet.as_deref(), Some("Copperbelt Wire"));

    let caps = "Copper miners walk out over safety rules\n\nBy GRACE MWALE\nApril 3, 2026, 5:10 PM\n\nMiners at two copper pits walked out on Friday over new shift rules.\n";
    let m = guess(caps, "x");
    assert_eq!(m.byline.as_deref(), Some("Grace Mwale"));
    assert_eq!(m.published, date(2026, 4, 3));
}

#[test]
fn seed_003_publication_span_is_the_date_on_the_metadata_line() {
    let corpus = load_seeds();
    let a = corpus
        .articles
        .iter()
        .find(|a| a.id == "003_63aa9ed984a03bd1")
        .unwrap();
    let span = a.meta.published_span.clone().unwrap();
    assert_eq!(&a.text[span], "2026-01-10");
    for other in corpus
        .articles
        .iter()
        .filter(|a| a.meta.published.is_none())
    {
        assert_eq!(other.meta.published_span, None, "{}", other.id);
    }
}
