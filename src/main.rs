fn main() -> std::process::ExitCode {
    socialplan::cli::main(socialplan::tui::start)
}
