//! A Rust type exposed as a Python class: constructor, methods taking
//! `&self` and `&mut self`, attributes with getters and setters, a static
//! function, a constant, and values moving both ways.
//!
//! Run with `cargo run --example rust_class`.

use gilt_core::api::{Class, Error, Interpreter, PyClass};
use gilt_core::vm::Config;
use gilt_std::StdPlatform;

/// A bank account, implemented in Rust.
#[derive(Clone, Debug)]
struct Account {
    owner: String,
    cents: i64,
    history: Vec<i64>,
}

impl PyClass for Account {
    const NAME: &'static str = "Account";
}

impl Account {
    fn deposit(&mut self, cents: i64) -> Result<i64, Error> {
        if cents <= 0 {
            return Err(Error::value_error("deposit must be positive"));
        }
        self.cents += cents;
        self.history.push(cents);
        Ok(self.cents)
    }
}

fn main() {
    let class = Class::<Account>::new()
        .constructor(|owner: String, cents: Option<i64>| Account {
            owner,
            cents: cents.unwrap_or(0),
            history: Vec::new(),
        })
        .method("deposit", Account::deposit)
        .method(
            "withdraw",
            |a: &mut Account, cents: i64| -> Result<i64, Error> {
                if cents > a.cents {
                    return Err(Error::new(
                        "ValueError",
                        format!("insufficient funds: {} < {cents}", a.cents),
                    ));
                }
                a.cents -= cents;
                a.history.push(-cents);
                Ok(a.cents)
            },
        )
        .method("__repr__", |a: &Account| {
            format!("Account({:?}, {})", a.owner, a.cents)
        })
        .getter("owner", |a: &Account| a.owner.clone())
        .setter("owner", |a: &mut Account, name: String| a.owner = name)
        .getter("balance", |a: &Account| a.cents as f64 / 100.0)
        .getter("history", |a: &Account| a.history.clone())
        .function("joint", |a: Account, b: Account| Account {
            owner: format!("{} & {}", a.owner, b.owner),
            cents: a.cents + b.cents,
            history: Vec::new(),
        })
        .constant("CURRENCY", "EUR");

    let mut py = Interpreter::new(Box::new(StdPlatform::new()), Config::default());
    py.add_class(class).unwrap();
    // A Rust value handed to Python becomes an instance.
    py.set(
        "savings",
        Account {
            owner: "ada".into(),
            cents: 10_000,
            history: vec![10_000],
        },
    )
    .unwrap();
    let script = r#"
a = Account("bob", 500)
a.deposit(250)
a.withdraw(100)
print(a, a.balance, Account.CURRENCY, a.history)
a.owner = "robert"
both = Account.joint(a, savings)
print(both)
try:
    a.withdraw(10**6)
except ValueError as e:
    print("ValueError:", e)
try:
    a.deposit("lots")
except TypeError as e:
    print("TypeError:", e)
"#;
    if let Err(e) = py.run(script, "bank.py") {
        eprint!("{}", e.traceback());
        std::process::exit(1);
    }
    // And back to Rust, by clone.
    let both: Account = py.get("both").unwrap();
    println!("Rust got {both:?}");
}
