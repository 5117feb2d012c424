//! Every language's catalog says everything the English one says, with the same
//! placeholders: a missing message would fall back to English in the middle of a page, and a
//! missing or misspelt placeholder would drop a title or a count from a sentence.
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

type Messages = BTreeMap<String, BTreeSet<String>>;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Message (and attribute) ids with the variables each one uses.
fn messages(path: &Path) -> Messages {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{}: {errors:?}", path.display()),
    };
    let mut out = Messages::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                out.insert(m.id.name.to_owned(), vars);
                for a in &m.attributes {
                    let mut vars = BTreeSet::new();
                    pattern_vars(&a.value, &mut vars);
                    out.insert(format!("{}.{}", m.id.name, a.id.name), vars);
                }
            }
            ast::Entry::Term(t) => {
                let mut vars = BTreeSet::new();
                pattern_vars(&t.value, &mut vars);
                out.insert(format!("-{}", t.id.name), vars);
            }
            ast::Entry::Junk { content } => panic!("{}: cannot parse {content:?}", path.display()),
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        _ => {}
    }
}

fn files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ftl"))
        .collect()
}

#[test]
fn every_catalog_has_every_message_with_the_same_placeholders() {
    let english_dir = locales().join("en");
    let english_files = files(&english_dir);
    assert!(!english_files.is_empty());
    let mut problems = vec![];
    let mut languages = 0;
    for entry in std::fs::read_dir(locales()).unwrap() {
        let dir = entry.unwrap().path();
        let lang = dir.file_name().unwrap().to_string_lossy().into_owned();
        if !dir.is_dir() || lang == "en" {
            continue;
        }
        languages += 1;
        assert_eq!(
            files(&dir),
            english_files,
            "{lang}: not the same files as en"
        );
        for file in &english_files {
            let en = messages(&english_dir.join(file));
            let other = messages(&dir.join(file));
            for (id, vars) in &en {
                match other.get(id) {
                    None => problems.push(format!("{lang}/{file}: {id} is missing")),
                    Some(v) if v != vars => problems.push(format!(
                        "{lang}/{file}: {id} uses {v:?}, English uses {vars:?}"
                    )),
                    Some(_) => {}
                }
            }
            for id in other.keys().filter(|id| !en.contains_key(*id)) {
                problems.push(format!("{lang}/{file}: {id} is not in English"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    println!("{languages} catalogs beside English checked");
}

#[test]
fn every_supported_language_has_a_catalog_and_every_catalog_is_supported() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(locales())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let supported: BTreeSet<String> = templates::i18n::SUPPORTED
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(on_disk, supported);
}
